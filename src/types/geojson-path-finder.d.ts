declare module 'geojson-path-finder' {
  import type { Feature, FeatureCollection, LineString, Point, GeoJsonProperties } from 'geojson';

  export interface PathFinderOptions {
    precision?: number;
    weightFn?: (a: number[], b: number[], props: GeoJsonProperties) => number;
  }

  export interface PathResult {
    path: number[][];
    weight: number;
  }

  export default class PathFinder {
    constructor(network: FeatureCollection<LineString>, options?: PathFinderOptions);
    findPath(a: Feature<Point>, b: Feature<Point>): PathResult | null;
  }
}
