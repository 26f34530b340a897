/**
 * A grant word that names a permission by what surrounds it, not a grant told: an adjective made by a prefix
 * ("pre-cleared"), a time a duty starts or ends (获批前, 获批两年内), terms that would be added to it (批文可能追加条件),
 * a link a firm denies having to it, or a loss something cost its holders.
 */
import { type NotTold, type SentenceContext, type Told, textAfter, textBefore } from './told-context.js';
import { GRANT_NOUN } from './told-patterns.js';

// "a short list of pre-cleared logistics companies", "pre-approved vendors": a word made an adjective by its prefix
// describes the noun after it; no decision is told.
function prefixedAttributive(t: Told, c: SentenceContext): boolean {
  return t.kind === 'grant' && /\bpre-$/i.test(textBefore(t, c, 4));
}

// 排队企业获批H200前或须…, 获批两年内不得调拨, 三家获准进口H200以后…: an approval named as the time a duty starts or ends, or
// as the time since which others wait, is none told (进口放行首周, 自进口放行以来: nor as the time a count runs from).
function grantAsTime(t: Told, c: SentenceContext): boolean {
  return (
    t.kind === 'grant' &&
    /\p{Script=Han}$/u.test(t.hit.words) &&
    /^(?:进口)?(?:英伟达)?(?:H\d+)?(?:芯片)?(?:之前|前|以后|之后|以来|后?首[日周月]|后?第[一二两三四五六七八九十\d]+(?:周|天|日|个?月)|[一二两三四五六七八九十\d]+(?:年|个月|天|日)内)/u.test(
      textAfter(t, c, 14),
    )
  );
}

// 三家平台的进口批文可能追加条件, 批文或再添一项要求: the permission named as what terms would be added to is held, not granted here.
function permissionTermsAdded(t: Told, c: SentenceContext): boolean {
  return (
    t.kind === 'grant' &&
    /^(?:许可证?|批文|批复|额度)$/u.test(t.hit.words) &&
    /^(?:或|可能|将|拟|或将|或需|或须|须)?再?(?:追加|附加|增加|加设|新增|补充|添加|添|加)(?:一项|一条|几项|多项|新的?)?(?:条件|条款|要求)/u.test(
      textAfter(t, c, 14),
    )
  );
}

// "has no link to China's H200 approvals": the approvals named as what a firm is (not) tied to are no grant told.
function permissionLinkedTo(t: Told, c: SentenceContext): boolean {
  return (
    t.kind === 'grant' &&
    GRANT_NOUN.test(t.hit.words) &&
    /\b(?:links?|ties|connection|exposure)\s+(?:to|with)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}$/iu.test(textBefore(t, c, 50))
  );
}

// "Idle clusters cost four Chinese firms their import permits": a permission something costs its holders is one lost.
function permissionCost(t: Told, c: SentenceContext): boolean {
  return (
    t.kind === 'grant' &&
    GRANT_NOUN.test(t.hit.words) &&
    /\bcost(?:s|ing)?\s+(?:[\w'’-]+\s+){1,5}?(?:their|its)\s+(?:[\w-]+\s+){0,2}$/i.test(textBefore(t, c, 70))
  );
}

/** The rules that find a grant word names a permission by its surroundings (a time, an adjective, a loss), not a grant told. */
export const GRANT_NAMED_NOT_TOLD: readonly NotTold[] = [prefixedAttributive, grantAsTime, permissionTermsAdded, permissionCost, permissionLinkedTo];
