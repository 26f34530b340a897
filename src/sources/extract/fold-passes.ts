/**
 * The passes over an item's folded candidates, in order: each settles one question the
 * sentences could not (who the holders are, which terms go with which grant, what is old news,
 * what a filing or a tally tells). The order matters: later passes read what earlier ones set.
 */
import type { CandidateEvent } from './candidate.js';
import { approvalsBefore, approvalsBehindPurchases, approvalsDescribingGoods } from './approval-behind-purchase.js';
import { approvalsBesideNews } from './approvals-beside-news.js';
import { approvalsHeldByBuyers } from './buyers-described.js';
import { waitingApart } from './counted-waiting.js';
import { deliveriesBesideDecisions } from './deliveries-beside-decisions.js';
import { deliveriesOfOrderedFigures } from './delivery-to-come.js';
import { firmNamedInFull, headlineShortNames } from './firm-in-full.js';
import { firmRequestsDecided } from './firm-requests-decided.js';
import { genericBuyers } from './generic-buyers.js';
import { granteeTerms } from './grantee-terms.js';
import { grantsAfterNews } from './grants-after-news.js';
import { headlineBuyer } from './headline-buyer.js';
import { backgroundFigures, figuresOfRetelling } from './held-figures.js';
import { holdersInTerms } from './holders-in-terms.js';
import { impliedExportEvents } from './implied-item.js';
import { otherMarket } from './item-gates.js';
import * as passes from './item-passes.js';
import type { ItemReading, SentenceTally } from './item-reading.js';
import { attachConditions } from './attach-conditions.js';
import { batchOfFirms } from './batch-of-firms.js';
import { decidedRequests, oneDecision, oneFigureOneFact, oneReading, termsNotGrants, undoneRequests, unmetTermsOfRefusal, waitIsDenial } from './item-rules.js';
import { agreedTermsHistory, settleProposals } from './settle-proposals.js';
import { newStockFigures } from './new-stock-figures.js';
import { noddedTerms } from './nodded-terms.js';
import { makersOwnGoods } from './other-goods.js';
import { otherProductHeadline } from './other-product-headline.js';
import { untrackedRequests } from './pending-request.js';
import { speakerDeliveries } from './speaker-deliveries.js';
import { suppliersApart } from './suppliers-apart.js';
import { oneFirmsOrder } from './one-firms-order.js';
import { unreadFirm } from './unread-firm.js';
import { refiledRequests } from './refiled-requests.js';
import { refusalDenied } from './refusal-denied.js';
import { requestedPermits } from './requested-permits.js';
import { longHeldApprovals, retoldGroupApprovals, standingApprovals } from './retold.js';
import { rumouredGrant } from './rumoured-grant.js';
import { ruleTermsCarried } from './rule-terms-carried.js';
import { headlineAliases } from './headline-alias.js';
import { answeredFirm, describedFirm, selfToldHolders } from './self-told.js';
import { buyersTwinOfExport, chinaLicencesOfSeller, sellerLicences } from './seller-licences.js';
import { allocationHolderOnly, shareTold } from './share-told.js';
import { shipmentsBesideStock } from './shipments-beside-stock.js';
import { standsBesideDeniedUndoing } from './standing-permits.js';
import { tallyDecisions } from './tallies.js';
import { groupPhraseHolders, sharesOfGroups } from './tellings.js';
import { termsOfGrant } from './terms-of-grant.js';
import { termsToldTwice } from './terms-told-twice.js';
import { timeClauseHolders } from './time-clause-holders.js';
import { weighedTerms } from './weighed-terms.js';
import { yardstickFigures } from './yardstick-figures.js';

/** Runs every pass over `folded`, in place. */
export function runPasses(folded: CandidateEvent[], r: ItemReading, tally: SentenceTally): void {
  const { text, titleEnd, names, sellers, state, waitingParty, notes } = r;
  groupPhraseHolders(folded, text, state);
  selfToldHolders(folded, text, titleEnd, names, sellers, state);
  headlineBuyer(folded, text, titleEnd, names, state);
  waitingApart(folded, text, waitingParty, r.triggers);
  timeClauseHolders(folded, text);
  sellerLicences(folded, text, names.parties, sellers);
  chinaLicencesOfSeller(folded, text, names.parties, sellers, state);
  buyersTwinOfExport(folded, state);
  answeredFirm(folded, text, names, state);
  describedFirm(folded, text, titleEnd, names, state);
  firmNamedInFull(folded, text, titleEnd, names.parties, state);
  headlineShortNames(folded, titleEnd, names.parties);
  headlineAliases(folded, text, titleEnd, names.parties, state);
  unreadFirm(folded, text, titleEnd, names, state, sellers, waitingParty);
  speakerDeliveries(folded, text, titleEnd, names, sellers);
  suppliersApart(folded, text);
  oneFirmsOrder(folded, text, titleEnd, names, state, sellers, waitingParty);
  passes.possessedShares(folded, text);
  attachConditions(text, r.sents, folded);
  holdersInTerms(folded);
  granteeTerms(folded, state);
  termsOfGrant(folded, text);
  termsToldTwice(folded, text);
  settleProposals(folded);
  agreedTermsHistory(folded, text, r.sents);
  weighedTerms(folded, text, titleEnd);
  noddedTerms(folded, text);
  termsNotGrants(folded, text);
  refiledRequests(folded, text, titleEnd);
  oneDecision(folded, text);
  unmetTermsOfRefusal(folded);
  decidedRequests(folded, text);
  undoneRequests(folded);
  oneReading(folded);
  otherProductHeadline(folded, text, names, titleEnd, tally.ledeAboutOther === true, notes);
  const market = otherMarket(folded, text, names, state, r.countries);
  if (market) notes.push(market);
  passes.datedOld(folded, tally.candidates, tally.datedBefore);
  untrackedRequests(folded, tally.pendingTold, state);
  // (After untrackedRequests: a request retold as pending, read as an untracked firm's own, may be the wait beside its
  // approval not yet had.)
  waitIsDenial(folded);
  rumouredGrant(folded, text);
  passes.recapOld(folded, text, titleEnd, r.triggers);
  shareTold(folded);
  allocationHolderOnly(folded, text);
  sharesOfGroups(folded, state);
  newStockFigures(folded, tally.stillHeld, state, text);
  oneFigureOneFact(folded);
  deliveriesOfOrderedFigures(folded, text);
  shipmentsBesideStock(folded);
  passes.restatedStock(folded, text);
  passes.officialStatements(folded, text, titleEnd, r.sents, names);
  passes.pausedRequests(folded, text, waitingParty, state);
  batchOfFirms(folded, text, titleEnd, waitingParty, state);
  if (!r.official) passes.filingsReport(folded, text);
  backgroundFigures(folded, state, r.input.publishedAt);
  retoldGroupApprovals(folded, state, text);
  standingApprovals(folded, state, text);
  approvalsBehindPurchases(folded, state, text, titleEnd);
  approvalsDescribingGoods(folded, text, titleEnd);
  requestedPermits(folded);
  approvalsBefore(folded, state, text);
  approvalsBesideNews(folded, state, text);
  approvalsHeldByBuyers(folded, text);
  longHeldApprovals(folded, state, text, r.input.publishedAt);
  tallyDecisions(folded, text, state, waitingParty);
  passes.bareRestatedGrants(folded);
  passes.holderlessGrants(folded, notes, text.slice(0, titleEnd));
  refusalDenied(folded, text);
  standsBesideDeniedUndoing(folded, text);
  // (After the passes that drop grants told as background: only a decision the item tells decides a firm's request.)
  firmRequestsDecided(folded, text, waitingParty);
  genericBuyers(folded, text, waitingParty);
  figuresOfRetelling(folded, state, r.input.publishedAt);
  yardstickFigures(folded, text, titleEnd, r.triggers, r.ranges, r.goods);
  makersOwnGoods(folded, text, r.sents);
  // (Last: the grants read as background to a buyer's goods, "under Beijing's approval", are gone by now.)
  deliveriesBesideDecisions(folded);
  // (After it: a figure-less arrival beside a grant is gone by now, so only news the item keeps opens it.)
  grantsAfterNews(folded, text);
  impliedExportEvents(folded, r.docItem, state);
  ruleTermsCarried(folded, state);
}
