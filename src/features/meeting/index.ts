/** The fortnightly meeting in Teams: its four surfaces (details tab, side panel, stage, chat tab). */
export { MeetingChatSurface, MeetingDetailsSurface, SidePanelSurface, StageSurface } from './surfaces';
