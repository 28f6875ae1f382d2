export interface Boundary { path: string; imports: string[]; packages: string[]; typePackages?: string[] }
export declare const BOUNDARIES: Boundary[];
export declare const SOURCE_ROOTS: string[];
export declare const SINGLE_IMPORTERS: Record<string, string>;
export declare function boundaryOf(file: string): Boundary | undefined;
export declare function within(target: string, allowed: string): boolean;
export declare function packageName(spec: string): string;
