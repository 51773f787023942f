/**
 * The few strings the page frame shows before the app's code arrives, read straight from the
 * catalogue's section files (not its index, which pulls in every section of both languages).
 */
import type { Language } from '../domain/messages/choose-language';
import { about as aboutEn } from '../domain/messages/en/about';
import { anatomy as anatomyEn } from '../domain/messages/en/anatomy';
import { app as appEn } from '../domain/messages/en/app';
import { view as viewEn } from '../domain/messages/en/view';
import { about as aboutEs } from '../domain/messages/es/about';
import { anatomy as anatomyEs } from '../domain/messages/es/anatomy';
import { app as appEs } from '../domain/messages/es/app';
import { view as viewEs } from '../domain/messages/es/view';

export interface FrameText {
  title: string;
  skipLinks: string;
  skipToViewer: string;
  skipToPanels: string;
  searchLabel: string;
  searchPlaceholder: string;
  modeLabel: string;
  modeNames: Readonly<Record<string, string>>;
  stories: string;
  cameraPresetsLabel: string;
  cameraPresets: Readonly<Record<string, string>>;
  resetView: string;
  share: string;
  viewerRegion: string;
  panelsRegion: string;
  openPanels: string;
  load3d: string;
  posterAlt: string;
  loadingModel: string;
  notDiagnostic: string;
  about: string;
  partLoadFailedTitle: string;
  partLoadFailedBody: string;
  reloadPage: string;
}

export function frameText(language: Language): FrameText {
  const [app, view, anatomy, about] =
    language === 'es' ? [appEs, viewEs, anatomyEs, aboutEs] : [appEn, viewEn, anatomyEn, aboutEn];
  return {
    title: app.title,
    skipLinks: app.skipLinks,
    skipToViewer: app.skipToViewer,
    skipToPanels: app.skipToPanels,
    searchLabel: anatomy.search.label,
    searchPlaceholder: anatomy.search.placeholder,
    modeLabel: app.modes.label,
    modeNames: app.modes.names,
    stories: app.modes.stories,
    cameraPresetsLabel: app.cameraPresets,
    cameraPresets: view.cameraPresets,
    resetView: app.resetView,
    share: app.share,
    viewerRegion: app.viewerRegion,
    panelsRegion: app.panelsRegion,
    openPanels: app.openPanels,
    load3d: app.load3d,
    posterAlt: app.posterAlt,
    loadingModel: app.loadingModel,
    notDiagnostic: app.notDiagnostic,
    about: about.open,
    partLoadFailedTitle: app.partLoadFailedTitle,
    partLoadFailedBody: app.partLoadFailedBody,
    reloadPage: app.reloadPage,
  };
}
