/**
 * Teams' own sign-in window, for clients without nested app authentication: the tab opens it with
 * `signInThroughHost`, and the page inside it hands its answer back with `returnToHost`.
 */
function teamsAuth() {
  return import('./teams-sdk');
}

/** Opens Teams' sign-in window at `url` (a page of the tab's own origin); resolves with its answer. */
export async function signInThroughHost(url: string): Promise<string> {
  const { authentication } = await teamsAuth();
  return authentication.authenticate({ url, width: 600, height: 535 });
}

/** Inside that window: gives the tab the answer, or the reason sign-in failed; Teams then closes it. */
export async function returnToHost(outcome: { readonly answer: string } | { readonly failure: string }): Promise<void> {
  const { app, authentication } = await teamsAuth();
  await app.initialize();
  if ('answer' in outcome) authentication.notifySuccess(outcome.answer);
  else authentication.notifyFailure(outcome.failure);
}
