import type { SectionDef } from '../../../plan';
import { NotFoundError } from '../../errors';
import type { GraphCollection, GraphList } from '../graph-types';
import { relativeLink } from '../odata';
import { successBody, type BatchSender } from '../requests/batch';
import { listsUrl } from '../requests/lists';
import { readAllPages } from '../requests/pages';
import { siteIdRequest } from '../requests/sites';

interface Directory {
  readonly siteId: string;
  readonly listIds: Map<string, string>;
}

/**
 * Where things are: the site's canonical id and each list's id by display name. Read once, with
 * the site and its lists in a single `$batch`, and kept; provisioning refreshes it.
 */
export class ListDirectory {
  private loaded: Promise<Directory> | undefined;

  constructor(
    private readonly batch: BatchSender,
    private readonly baseUrl: string,
    private readonly configuredSiteId: string,
  ) {}

  async siteId(): Promise<string> {
    return (await this.load()).siteId;
  }

  /** The list's id, or undefined when the site has no such list yet. */
  async findList(section: SectionDef): Promise<string | undefined> {
    return (await this.load()).listIds.get(section.list);
  }

  /** The list's id; NotFoundError when the site was never provisioned for it. */
  async listId(section: SectionDef): Promise<string> {
    const id = await this.findList(section);
    if (!id) throw new NotFoundError(`The SharePoint site has no "${section.list}" list yet: provision the site first.`);
    return id;
  }

  /** Records a list just created, so the next call does not read the site again. */
  async remember(section: SectionDef, listId: string): Promise<void> {
    (await this.load()).listIds.set(section.list, listId);
  }

  /** Forgets what was read, so the next call reads the site afresh. */
  refresh(): void {
    this.loaded = undefined;
  }

  private load(): Promise<Directory> {
    this.loaded ??= this.read().catch((error: unknown) => {
      // A failed read is not kept: the next call tries again.
      this.loaded = undefined;
      throw error;
    });
    return this.loaded;
  }

  private async read(): Promise<Directory> {
    const answers = await this.batch.send([siteIdRequest(this.configuredSiteId), { id: 'lists', method: 'GET', url: listsUrl(this.configuredSiteId) }]);
    const site = successBody<{ id: string }>(answers.get('site'));
    const firstPage = successBody<GraphCollection<GraphList>>(answers.get('lists'));
    const lists = [...(firstPage.value ?? [])];
    const nextLink = firstPage['@odata.nextLink'];
    if (nextLink) {
      const rest = await readAllPages<GraphList>(this.batch, this.baseUrl, [{ id: 'lists', url: relativeLink(this.baseUrl, nextLink) }]);
      lists.push(...(rest.get('lists')?.items ?? []));
    }
    return { siteId: site.id, listIds: new Map(lists.map((l) => [l.displayName, l.id])) };
  }
}
