import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { useFullMessages } from '../i18n/use-full-messages';
import { surfaceUrl } from '../lib/links';
import { useIdentity } from '../lib/store-context';

const useStyles = makeStyles({
  nav: { marginTop: tokens.spacingVerticalXXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

/**
 * The way in to the site-wide pages: the roll-up for a manager, the site set-up for a site owner,
 * nothing for anyone else (a council's people would find only their own plan there). The service
 * refuses those pages to others anyway; this only stops offering what cannot be used.
 */
export function SiteLinks() {
  const t = useFullMessages();
  const styles = useStyles();
  const { me } = useIdentity();
  const manager = me?.manager === true;
  const siteOwner = me?.siteOwner === true;
  if (!manager && !siteOwner) return null;
  return (
    <nav className={styles.nav} aria-labelledby="site-links">
      <h2 id="site-links" className={styles.heading}>
        {t('site.links')}
      </h2>
      <ul className={styles.list}>
        {manager && (
          <li>
            <Link href={surfaceUrl('manager')}>{t('manager.title')}</Link>
          </li>
        )}
        {siteOwner && (
          <li>
            <Link href={surfaceUrl('site-setup')}>{t('siteSetup.title')}</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
