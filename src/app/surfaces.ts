import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { HostContext, HostFrame } from '../teams';
import type { SurfaceId } from '../lib/links';
import { TabSurface } from './TabSurface';

export interface SurfaceDef {
  readonly id: SurfaceId;
  /** Teams frame contexts that open this surface when the URL does not name one. */
  readonly frames: readonly HostFrame[];
  /** Opened by its frame only inside a Teams meeting (the details tab shares "content" with the plan tab). */
  readonly inMeeting?: boolean;
  readonly component: ComponentType | LazyExoticComponent<ComponentType>;
}

type MeetingModule = typeof import('../features/meeting');

/** The meeting surfaces load together, in one chunk, the first time one of them is opened. */
function meetingSurface(pick: (module: MeetingModule) => ComponentType): LazyExoticComponent<ComponentType> {
  return lazy(() => import('../features/meeting').then((module) => ({ default: pick(module) })));
}

/**
 * The app's surfaces, each reachable by `?surface=<id>` in a browser and by its frame context in
 * Teams. The plan tab is in the first bundle; the others load when opened. The meeting surfaces
 * (details tab, side panel, stage, chat tab) live in features/meeting and load together.
 */
export const SURFACES: readonly SurfaceDef[] = [
  { id: 'tab', frames: ['content'], component: TabSurface },
  { id: 'config', frames: ['settings', 'remove'], component: lazy(() => import('./ConfigSurface')) },
  { id: 'personal', frames: [], component: lazy(() => import('./PersonalSurface')) },
  { id: 'meeting-details', frames: ['content'], inMeeting: true, component: meetingSurface((m) => m.MeetingDetailsSurface) },
  { id: 'side-panel', frames: ['sidePanel'], component: meetingSurface((m) => m.SidePanelSurface) },
  { id: 'stage', frames: ['meetingStage'], component: meetingSurface((m) => m.StageSurface) },
  { id: 'meeting-chat', frames: [], component: meetingSurface((m) => m.MeetingChatSurface) },
  { id: 'manager', frames: [], component: lazy(() => import('./ManagerSurface')) },
  { id: 'site-setup', frames: [], component: lazy(() => import('./SiteSetupSurface')) },
];

/**
 * The surface for this page: the `surface` query parameter, else the host's frame context (in a
 * Teams meeting, a "content" frame is the meeting's details tab), else the plan tab when a plan is
 * named, else the personal "my plans" view.
 */
export function pickSurface(search: string, host: Pick<HostContext, 'inTeams' | 'frame' | 'meetingId'>): SurfaceDef {
  const params = new URLSearchParams(search);
  const inMeeting = host.inTeams && host.meetingId !== undefined;
  const named = SURFACES.find((s) => s.id === params.get('surface'));
  // Teams opens a meeting tab's one saved address (…surface=tab) in every meeting frame: there the frame decides.
  if (named && !(inMeeting && named.id === 'tab')) return named;
  const meetingTab = inMeeting && host.frame === 'content';
  const byFrame = host.inTeams ? SURFACES.find((s) => s.frames.includes(host.frame) && Boolean(s.inMeeting) === meetingTab) : undefined;
  if (byFrame && (byFrame.id !== 'tab' || params.has('plan'))) return byFrame;
  return SURFACES.find((s) => s.id === (params.has('plan') ? 'tab' : 'personal')) ?? SURFACES[0]!;
}
