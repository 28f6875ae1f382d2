/** Fetch a same-origin JSON asset with a clear error on failure. */
export async function loadJson(url: string, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (err) {
    throw new Error(`Could not load the ${what}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!response.ok) throw new Error(`Could not load the ${what}: HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new Error(`The ${what} is not valid JSON`);
  }
}
