import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { useFullMessages } from '../i18n/use-full-messages';
import { surfaceUrl } from '../lib/links';

const useStyles = makeStyles({
  nav: { marginTop: tokens.spacingVerticalXXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

/** The way in to the site-wide pages: the managers' roll-up and, for a site owner, the site set-up. */
export function SiteLinks() {
  const t = useFullMessages();
  const styles = useStyles();
  return (
    <nav className={styles.nav} aria-labelledby="site-links">
      <h2 id="site-links" className={styles.heading}>
        {t('site.links')}
      </h2>
      <ul className={styles.list}>
        <li>
          <Link href={surfaceUrl('manager')}>{t('manager.title')}</Link>
        </li>
        <li>
          <Link href={surfaceUrl('site-setup')}>{t('siteSetup.title')}</Link>
        </li>
      </ul>
    </nav>
  );
}
