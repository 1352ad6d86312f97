// Downloads from the map page: the picture (SVG, PNG) and the whole model (JSON).
// The SVG comes from lib/render/map-svg (real text, no page styles); PNG rasterises that SVG.
import type { ArgumentMap } from "@/lib/domain/argument-map";
import type { ArgumentOverlay } from "@/lib/domain/map-arguments";
import type { MapGraph } from "@/lib/domain/map-graph";
import type { Positions } from "@/lib/domain/map-layout";
import { renderMapSvg } from "@/lib/render/map-svg";

/** Browsers refuse canvases beyond about 16k px a side (and 268 Mpx in all); stay well inside. */
const MAX_CANVAS_SIDE = 12_000;
const MAX_CANVAS_PIXELS = 100_000_000;

export function fileBaseName(title: string): string {
  return (
    (title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "document") + "-map"
  );
}

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportSvg(graph: MapGraph, positions: Positions, title: string, overlay?: ArgumentOverlay) {
  download(new Blob([renderMapSvg(graph, positions, title, overlay)], { type: "image/svg+xml" }), `${fileBaseName(title)}.svg`);
}

export function exportJson(map: ArgumentMap) {
  download(new Blob([JSON.stringify(map, null, 2)], { type: "application/json" }), `${fileBaseName(map.document.title)}.json`);
}

export async function exportPng(graph: MapGraph, positions: Positions, title: string, overlay?: ArgumentOverlay) {
  const svg = renderMapSvg(graph, positions, title, overlay);
  const image = new Image();
  // A data URL (not a blob URL) keeps the canvas untainted, so toBlob is allowed.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const { width, height } = image;
  const scale = Math.max(0.1, Math.min(2, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height, Math.sqrt(MAX_CANVAS_PIXELS / (width * height))));
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("This browser cannot draw the picture.");
  ctx.scale(scale, scale);
  ctx.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error("This browser cannot encode the picture.");
  download(blob, `${fileBaseName(title)}.png`);
}
