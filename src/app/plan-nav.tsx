import {
  BuildingGovernmentRegular,
  ChatMultipleRegular,
  ClipboardTaskListLtrRegular,
  DataBarVerticalRegular,
  DocumentArrowUpRegular,
  DocumentSignatureRegular,
  HomeRegular,
  InfoRegular,
  LocationRegular,
  MegaphoneRegular,
  PeopleCommunityRegular,
  PeopleTeamRegular,
  PersonBoardRegular,
  ShieldCheckmarkRegular,
  StarRegular,
  TableRegular,
  WarningRegular,
  WifiSettingsRegular,
  type FluentIcon,
} from '@fluentui/react-icons';
import { PAGES, type PageId } from '../plan';
import type { CoreTranslate } from '../i18n';
import { firstSectionOf } from '../lib/plan-pages';
import { pathFor } from '../lib/routes';

export interface NavEntry {
  readonly value: string;
  readonly label: string;
  readonly path: string;
  readonly Icon: FluentIcon;
}

const PAGE_ICONS: Readonly<Record<PageId, FluentIcon>> = {
  contacts: PeopleTeamRegular,
  promotion: PersonBoardRegular,
  areaProfile: DataBarVerticalRegular,
  challenges: WarningRegular,
  priorities: StarRegular,
  communityPlanning: PeopleCommunityRegular,
  communityUpdates: ChatMultipleRegular,
  communityPriorities: TableRegular,
  fieldStaff: LocationRegular,
  onlineCompletion: WifiSettingsRegular,
  media: MegaphoneRegular,
  qualityAssurance: ShieldCheckmarkRegular,
  addressIndex: BuildingGovernmentRegular,
  meetings: ClipboardTaskListLtrRegular,
};

/** The plan's navigation: home, the plan details, every page of the template, documents and sign-off. */
export function planNav(planId: string, t: CoreTranslate): { top: readonly NavEntry[]; pages: readonly NavEntry[]; end: readonly NavEntry[] } {
  const pages = PAGES.flatMap((page) => {
    const sectionId = firstSectionOf(page.id);
    return sectionId ? [{ value: page.id, label: t.schema(page.title), path: pathFor('section', { planId, sectionId }), Icon: PAGE_ICONS[page.id] }] : [];
  });
  return {
    top: [
      { value: 'home', label: t('nav.home'), path: pathFor('home', { planId }), Icon: HomeRegular },
      { value: 'plan', label: t('details.heading'), path: pathFor('section', { planId, sectionId: 'plan' }), Icon: InfoRegular },
    ],
    pages,
    end: [
      { value: 'documents', label: t('documents.title'), path: pathFor('documents', { planId }), Icon: DocumentArrowUpRegular },
      { value: 'signOff', label: t('signOff.title'), path: pathFor('signOff', { planId }), Icon: DocumentSignatureRegular },
    ],
  };
}
