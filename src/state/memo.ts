/** Memoise on the identity of the arguments of the last call (enough for selectors over an immutable store). */
export function memoizeOne<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R | undefined;
  return (...args: A): R => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => Object.is(a, args[i]))) return lastResult as R;
    lastArgs = args;
    lastResult = fn(...args);
    return lastResult;
  };
}
