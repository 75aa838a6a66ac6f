import { parseFlags } from '../../scripts/chaos/flags';
import { FULL_RUN } from '../../scripts/chaos/scenario';

describe('the chaos run’s command line', () => {
  it('runs the full scenario, one service restart included, when given nothing', () => {
    expect(parseFlags([])).toEqual({ settings: FULL_RUN, json: false });
    expect(FULL_RUN.restarts).toBe(1);
  });

  it('takes how often and how long the service is stopped', () => {
    const { settings, json } = parseFlags(['--restarts', '3', '--down', '500', '--json']);
    expect(settings).toMatchObject({ restarts: 3, downMs: 500 });
    expect(json).toBe(true);
  });

  it('allows a run without restarts, but not half a restart', () => {
    expect(parseFlags(['--restarts', '0']).settings.restarts).toBe(0);
    expect(() => parseFlags(['--restarts', '1.5'])).toThrow('--restarts needs a whole number.');
  });

  it('refuses the retries flag of the direct-to-SharePoint run: the service keeps its own', () => {
    expect(() => parseFlags(['--graph-retries', '0'])).toThrow('Unknown flag "--graph-retries"');
  });
});
