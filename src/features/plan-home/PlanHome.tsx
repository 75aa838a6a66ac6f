import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronRightRegular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import { PAGES, parsePerson, planToday } from '../../plan';
import { RouteLink } from '../../components/RouteLink';
import { useMessages } from '../../i18n';
import { useCurrentPlan, usePlanAccess } from '../../lib/plan-context';
import { firstSectionOf, firstSectionOfStrand } from '../../lib/plan-pages';
import { pathFor } from '../../lib/routes';
import { MilestonesSummary } from './MilestonesSummary';
import { SignOffSummary } from './SignOffSummary';
import { StrandCard } from './StrandCard';
import { strandSummaries } from './strand-summary';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXL },
  hero: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  titleRow: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  title: { margin: 0, fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  partners: { color: tokens.colorNeutralForeground2 },
  summaries: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))', gap: tokens.spacingHorizontalL },
  heading: { margin: 0, marginBottom: tokens.spacingVerticalM, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  strands: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: tokens.spacingHorizontalM },
  sections: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
    gap: tokens.spacingHorizontalS,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  sectionLink: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textDecorationLine: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, textDecorationLine: 'none' },
  },
});

/** The plan's home, as the template's first page: council, sign-off, the eight strands and every section. */
export function PlanHome() {
  const t = useMessages();
  const styles = useStyles();
  const { plan, planId } = useCurrentPlan();
  const { role } = usePlanAccess();
  const values = plan.header.values;
  const strands = useMemo(() => strandSummaries(plan, planToday()), [plan]);
  const partners = (['Cem', 'Aclm', 'Clm'] as const)
    .map((name) => values[name] && `${t(`home.partner.${name}`)}: ${parsePerson(String(values[name])).name}`)
    .filter(Boolean)
    .join(' · ');
  // Every page of the template, between the plan's details and its sign-off.
  const links = [
    { label: t('details.heading'), to: pathFor('section', { planId, sectionId: 'plan' }) },
    ...PAGES.flatMap((page) => {
      const sectionId = firstSectionOf(page.id);
      return sectionId ? [{ label: t.schema(page.title), to: pathFor('section', { planId, sectionId }) }] : [];
    }),
    { label: t('signOff.title'), to: pathFor('signOff', { planId }) },
  ];

  return (
    <div className={styles.page}>
      <header className={styles.hero}>
        <div className={styles.titleRow}>
          <h1 className={styles.title}>{values.CouncilName}</h1>
          <Badge appearance="tint" color="brand">
            {values.Census}
          </Badge>
        </div>
        {partners && <Text className={styles.partners}>{partners}</Text>}
        <Text className={styles.partners}>{t('home.yourRole', { role: t(`role.${role}`) })}</Text>
      </header>

      <div className={styles.summaries}>
        <SignOffSummary />
        <MilestonesSummary />
      </div>

      <section aria-labelledby="home-strands">
        <h2 id="home-strands" className={styles.heading}>
          {t('home.strands')}
        </h2>
        <div className={styles.strands}>
          {strands.map((summary) => {
            const sectionId = firstSectionOfStrand(summary.id);
            return <StrandCard key={summary.id} summary={summary} to={sectionId && pathFor('section', { planId, sectionId })} />;
          })}
        </div>
      </section>

      <nav aria-labelledby="home-sections">
        <h2 id="home-sections" className={styles.heading}>
          {t('home.sections')}
        </h2>
        <ul className={styles.sections}>
          {links.map((link) => (
            <li key={link.to}>
              <RouteLink className={styles.sectionLink} to={link.to}>
                {link.label}
                <ChevronRightRegular aria-hidden />
              </RouteLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
