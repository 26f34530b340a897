/**
 * A research house heading a title with a figure standing now (stock, arrivals, bookings) reports that figure, hedged, rather
 * than giving a view (分析师：…H200存货或降至约50万颗, 法人：…庫存估仍有40萬顆以上); its forecast for a later quarter or of
 * Beijing's decisions stays a view, and so does an explainer's "Why …" over the same figure. 法人 ("institutional investors") is
 * no firm.
 */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

describe('a research house’s figures', () => {
  it('reads an analyst’s estimate of the stock left as a hedged supply figure', () => {
    expect(briefs('分析师：英伟达可供内地的H200存货或降至约50万颗')).toEqual(['supply/hedged - [nvidia] h200 inventory:about:500000']);
  });

  it('reads institutional investors’ estimate in Taiwan the same way, naming no firm', () => {
    expect(briefs('法人：輝達H200庫存估仍有40萬顆以上')).toEqual(['supply/hedged - [nvidia] h200 inventory:over:400000']);
  });

  it('keeps a broker’s forecast for a later quarter a view', () => {
    const x = read('青川证券：制造业H200需求被低估 四季度到货或超8万颗');
    expect(x.candidates).toEqual([]);
    expect(x.notes.join(' ')).toContain('opinion');
  });

  it('keeps an explainer’s "Why" over a standing figure a view', () => {
    expect(read('Why 2 Million Chinese H200 Orders May Take Years to Fill').candidates).toEqual([]);
  });
});
