import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('goods a cap bounds, and requests made of suppliers, are no events of their own', () => {
  it('reads "limiting H200 shipments to any single customer to 50,000 units" as the cap agreed, not a delivery', () => {
    expect(
      briefs(
        'Nvidia Said to Accept 50,000-Chip Cap Per Chinese H200 Customer',
        'Nvidia has agreed to a Commerce Department condition limiting H200 shipments to any single Chinese customer to 50,000 units a year, according to people familiar with the matter.',
      ),
    ).toEqual(['condition_agreed/hedged bis [nvidia] h200']);
  });

  it('reads "asked its packaging partners to finish more boards" as no application for a permit', () => {
    expect(
      briefs(
        'Nvidia Said to Build China-Bound H200 Stockpile Toward 650,000',
        'Nvidia has asked its packaging partners to finish more H200 boards for licensed Chinese buyers, lifting the inventory it holds for that market to roughly 650,000 units, people with knowledge of the plans said.',
      ),
    ).toEqual(['supply/hedged - [nvidia] h200 inventory:about:650000']);
  });
});
