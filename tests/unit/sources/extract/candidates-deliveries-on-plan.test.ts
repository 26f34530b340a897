/**
 * Deliveries said to go as planned (芯片到货和部署均按原计划推进, "deliveries are proceeding as planned") tell no
 * arrival; a product going live (微信上线智能体) is no delivery of chips, while H200 instances going live are.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

const kinds = (title: string, summary?: string) => briefs(title, summary).map((b) => b.split('/')[0]);

describe('deliveries going as planned', () => {
  it('reads no delivery in a denial that says deliveries go on as planned', () => {
    expect(kinds('腾讯否认H200进口许可被暂停', '腾讯相关人士回应称，该说法不实，公司的H200进口许可一切正常，芯片到货和部署均按原计划推进。')).not.toContain(
      'delivery',
    );
    expect(
      kinds(
        'Alibaba denies report its H200 import licence was suspended',
        'Alibaba said the report was untrue and that H200 deliveries are proceeding as planned.',
      ),
    ).not.toContain('delivery');
  });
});

describe('going live', () => {
  it('reads no delivery when a product goes live', () => {
    expect(kinds('微信上线AI智能体助手 腾讯称将继续采用英伟达H200等算力')).not.toContain('delivery');
  });

  it('reads H200 instances going live at a named buyer as a delivery', () => {
    expect(kinds('腾讯云H200实例正式上线', '腾讯云宣布，基于英伟达H200的云服务器实例正式上线。')).toContain('delivery');
  });
});
