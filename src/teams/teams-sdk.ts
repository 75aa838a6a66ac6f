/**
 * The parts of teams-js the app calls. Imported by name rather than as the whole module, so the
 * bundle keeps these and what they need: about half the SDK, which a tab inside Teams loads at once.
 */
export { app, authentication, clipboard, meeting, pages, sharing } from '@microsoft/teams-js';
