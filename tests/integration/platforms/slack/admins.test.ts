/**
 * Who counts as an admin on Slack, through the real Bolt app and Web API client: members
 * of admin user groups (usergroups.users.list) and workspace admins (users.info), cached
 * briefly, with a failed lookup counting as "not an admin" and never cached.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleText, type SlackBlock } from '../../../../src/platforms/slack/blocks.js';
import { sendSlashCommand } from '../../../fakes/fake-slack-client.js';
import { SECRET, startHarness, type Harness } from './harness.js';

const GROUP = 'SADMINS';
const GROUP_MEMBER = 'UGROUPMEMBER';
const WORKSPACE_ADMIN = 'UWSADMIN';
const MEMBER = 'UPLAIN';

let h: Harness;
let groupLookupFails = false;
beforeAll(async () => {
  h = await startHarness({ env: { SLACK_ADMIN_GROUPS: GROUP, SLACK_ADMINS_INCLUDE_WORKSPACE_ADMINS: 'true' } });
  h.fake.groups.set(GROUP, [GROUP_MEMBER]);
  h.fake.workspaceAdmins.add(WORKSPACE_ADMIN);
  h.fake.on('usergroups.users.list', () => (groupLookupFails ? { status: 500, body: 'upstream down' } : undefined));
});
afterAll(async () => {
  await h?.close();
});

const orderCount = () => Object.keys(h.ledger.state.order).length;

async function addOrder(user: string, quantity: number): Promise<{ title: string; text: string }> {
  const res = await sendSlashCommand(
    h.url,
    {
      text: `order add item:h200 quantity:${quantity} buyer:alibaba authorization:china-h200-import`,
      user_id: user,
      response_url: h.fake.responseUrl(),
    },
    { secret: SECRET },
  );
  expect(res.status).toBe(200);
  const blocks = (res.json?.blocks ?? []) as SlackBlock[];
  return { title: visibleText(blocks.slice(0, 1)), text: visibleText(blocks) };
}

describe('Slack admins', () => {
  it('lets a member of an admin user group record an order, asking Slack for the group once', async () => {
    const before = orderCount();
    const lookups = h.fake.callsOf('usergroups.users.list').length;
    expect((await addOrder(GROUP_MEMBER, 1111)).text).toContain('1,111');
    expect((await addOrder(GROUP_MEMBER, 2222)).text).toContain('2,222');
    expect(orderCount()).toBe(before + 2);
    expect(h.fake.callsOf('usergroups.users.list').length - lookups).toBe(1);
  });

  it('lets a workspace admin record an order, from users.info', async () => {
    const before = orderCount();
    expect((await addOrder(WORKSPACE_ADMIN, 3333)).text).toContain('3,333');
    expect(orderCount()).toBe(before + 1);
    expect(h.fake.callsOf('users.info').some((c) => c.params.user === WORKSPACE_ADMIN)).toBe(true);
  });

  it('refuses someone who is in no admin group and not a workspace admin, and changes nothing', async () => {
    const before = orderCount();
    const reply = await addOrder(MEMBER, 4444);
    expect(reply.text).toContain('Only Greenlight admins can run');
    expect(orderCount()).toBe(before);
  });
});

describe('Slack admins when a lookup fails', () => {
  it('treats the user as not an admin, and asks again on the next command', async () => {
    // A fresh app, so that no earlier lookup is cached.
    await h.close();
    h = await startHarness({ env: { SLACK_ADMIN_GROUPS: GROUP } });
    h.fake.groups.set(GROUP, [GROUP_MEMBER]);
    h.fake.on('usergroups.users.list', () => (groupLookupFails ? { status: 500, body: 'upstream down' } : undefined));
    groupLookupFails = true;
    const before = orderCount();
    expect((await addOrder(GROUP_MEMBER, 5555)).text).toContain('Only Greenlight admins can run');
    expect(orderCount()).toBe(before);

    groupLookupFails = false;
    expect((await addOrder(GROUP_MEMBER, 6666)).text).toContain('6,666');
    expect(orderCount()).toBe(before + 1);
  });
});
