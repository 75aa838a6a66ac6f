import { CHANNEL_GROUPS, type AnyRow } from '../../plan';

/** The community priorities grid derived from its stored cells (one row per channel × community). */
export interface MatrixModel {
  readonly communities: readonly string[];
  readonly groups: readonly { readonly group: string; readonly channels: readonly string[] }[];
  cell(channel: string, community: string, group: string): AnyRow | undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v.trim() !== ''))];
}

/**
 * Builds the grid: communities and channels in the order first stored, plus ones just added in
 * the UI (they are stored once a cell gets a priority).
 */
export function matrixModel(
  rows: readonly AnyRow[],
  extra: { communities: readonly string[]; channels: readonly { group: string; channel: string }[] },
): MatrixModel {
  const communities = unique([...rows.map((r) => text(r.values.Community)), ...extra.communities]);
  const groups = CHANNEL_GROUPS.map((group) => ({
    group,
    channels: unique([
      ...rows.filter((r) => r.values.ChannelGroup === group).map((r) => text(r.values.Channel)),
      ...extra.channels.filter((c) => c.group === group).map((c) => c.channel),
    ]),
  }));
  const byCell = new Map(rows.map((r) => [cellKey(text(r.values.ChannelGroup), text(r.values.Channel), text(r.values.Community)), r]));
  return {
    communities,
    groups,
    cell: (channel, community, group) => byCell.get(cellKey(group, channel, community)),
  };
}

function cellKey(group: string, channel: string, community: string): string {
  return JSON.stringify([group, channel, community]);
}
