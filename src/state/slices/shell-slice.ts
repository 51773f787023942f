import { activeLanguage, applyLanguage } from '../../domain/messages';
import type { ShellSlice, SliceCreator } from '../viewer-types';

/** Notices, the status region, the language and the advanced settings. */
export const createShellSlice: SliceCreator<ShellSlice> = (set) => ({
  notices: [],
  announcement: { text: '', seq: 0 },
  language: activeLanguage(),
  advanced: {
    clipping: { enabled: false, axis: 'frontal', offsetM: 0, flip: false },
    exposure: 1.05,
  },
  mechanicsParameters: {},

  setNotices: (notices) => set({ notices }),
  dismissNotices: () => set({ notices: [] }),
  announce(text) {
    set((state) => ({ announcement: { text, seq: state.announcement.seq + 1 } }));
  },
  setLanguage(language) {
    applyLanguage(language);
    set({ language });
  },
  setAdvanced: (change) => set((state) => ({ advanced: { ...state.advanced, ...change } })),
  setMechanicsParameters: (mechanicsParameters) => set({ mechanicsParameters }),
});
