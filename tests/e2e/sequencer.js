const Sequencer = require('@jest/test-sequencer').default;
const path = require('node:path');

/**
 * The specs share one server and its sample data, and some leave the sample plan's next meeting
 * changed (an agreed agenda, items moved on): a fixed order keeps every run the same. The meeting
 * spec, which reads the proposed agenda as the seed leaves it, goes first.
 */
const ORDER = [
  'meeting.e2e.ts',
  'call-failures.e2e.ts',
  'ux.e2e.ts',
  'grid.e2e.ts',
  'plan-tab.e2e.ts',
  'sign-nudges.e2e.ts',
  'hosts.e2e.ts',
  'manager.e2e.ts',
  'presence.e2e.ts',
  'welsh.e2e.ts',
  'meeting-controls.e2e.ts',
  'two-people.e2e.ts',
  'people-meetings.e2e.ts',
  'offline.e2e.ts',
  'plan-tab-live.e2e.ts',
  'council-isolation.e2e.ts',
  'axe-every-view.e2e.ts',
];

class FixedOrder extends Sequencer {
  sort(tests) {
    const rank = (test) => {
      const at = ORDER.indexOf(path.basename(test.path));
      return at === -1 ? ORDER.length : at;
    };
    return [...tests].sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
  }
}

module.exports = FixedOrder;
