import type { GraphHttp } from '../graph-http';
import type { GraphUser } from '../graph-types';
import { queryString } from '../odata';

/** The signed-in user as Graph knows them. */
export async function getMe(http: GraphHttp): Promise<GraphUser> {
  const answer = await http.send<GraphUser>({
    method: 'GET',
    path: `/me${queryString({ $select: 'id,displayName,mail,userPrincipalName' })}`,
  });
  return answer.body;
}
