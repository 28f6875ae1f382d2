/** A position as [longitude, latitude] in degrees; longitudes may leave -180..180 once unwrapped. */
export type LonLat = [number, number];
