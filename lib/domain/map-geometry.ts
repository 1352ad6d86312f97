// The size of a node box on the argument map, in map pixels. Part of the model, not of its
// styling: map-graph wraps each text to these lines and the layout (map-layout) places boxes of
// this size; the React Flow view and the SVG export (lib/render) draw them the same.
export const NODE_WIDTH = 240;
export const NODE_PADDING = 10;
export const NODE_HEADER = 20;
export const NODE_LINE_HEIGHT = 16;
export const NODE_FONT_SIZE = 12;
/** Characters per line at NODE_FONT_SIZE in a system sans (DejaVu Sans averages about 6.6 px per character at 12 px; 216 px inside the box). */
export const NODE_LINE_CHARS = 31;
export const NODE_MAX_LINES = 4;
