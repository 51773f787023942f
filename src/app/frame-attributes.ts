/** The frame's "Show the 3D model" button, found by the entry to remember a press. */
export const FRAME_LOAD_3D = 'data-frame-load-3d';
/** Class the entry sets on the frame once "Show the 3D model" was pressed. */
export const FRAME_3D_REQUESTED = 'frame-3d-requested';
