import type { SceneReportSlice, SliceCreator } from '../viewer-types';

/** What the scene measures on the loaded model and reports back; never part of a link. */
export const createSceneReportSlice: SliceCreator<SceneReportSlice> = (set) => ({
  model: { phase: 'loading', progress: 0 },
  landmarks: {},
  pointPositions: {},
  pointNormals: {},
  placedPoints: {},
  placementErrors: [],
  needle: null,
  hover: null,
  modelClick: null,
  quizSpots: [],
  quizAnswerMark: null,
  capture: null,
  labelAnchors: null,

  setModelStatus: (model) => set({ model }),
  setLandmarks: (landmarks) => set({ landmarks }),
  setPlacedPoints(module, pointPositions, pointNormals, errors) {
    set((state) => ({
      pointPositions: { ...state.pointPositions, ...pointPositions },
      pointNormals: { ...state.pointNormals, ...pointNormals },
      placementErrors: [...state.placementErrors.filter((e) => e.module !== module), ...errors],
    }));
  },
  setPlacedPointRecords(points) {
    set((state) => ({ placedPoints: { ...state.placedPoints, ...points } }));
  },
  setNeedle: (needle) => set({ needle }),
  setHover: (hover) => set({ hover }),
  reportModelClick(position) {
    set((state) => ({ modelClick: { position, seq: (state.modelClick?.seq ?? 0) + 1 } }));
  },
  setQuizSpots: (quizSpots) => set({ quizSpots }),
  setQuizAnswerMark: (quizAnswerMark) => set({ quizAnswerMark }),
  setCapture: (capture) => set({ capture }),
  setLabelAnchors: (labelAnchors) => set({ labelAnchors }),
});
