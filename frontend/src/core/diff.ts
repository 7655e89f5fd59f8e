// Applies the streaming diffs of process_generating messages ([action, path, value]
// edits), as the official clients do.

export type Edit = [action: "replace" | "append" | "add" | "delete", path: (string | number)[], value: unknown];

// applyDiff copies every object on an edited path instead of mutating it, so callers
// that compare the previous value with the new one (setValue, change events) see the
// change. Untouched branches are shared, which keeps the cost per token small.
export function applyDiff(value: any, edits: Edit[]): any {
  for (const [action, path, v] of edits) value = applyEdit(value, path, action, v);
  return value;
}

function shallowCopy(target: any): any {
  if (Array.isArray(target)) return target.slice();
  if (target !== null && typeof target === "object") return { ...target };
  return target;
}

function applyEdit(target: any, path: (string | number)[], action: string, value: any): any {
  if (path.length === 0) {
    if (action === "replace") return value;
    if (action === "append") return target + value;
    throw new Error(`cannot ${action} at the root`);
  }
  const [key, ...rest] = path;
  const copy = shallowCopy(target);
  if (rest.length > 0) {
    copy[key as any] = applyEdit(copy[key as any], rest, action, value);
    return copy;
  }
  switch (action) {
    case "replace":
      copy[key as any] = value;
      break;
    case "append":
      copy[key as any] += value;
      break;
    case "add":
      if (Array.isArray(copy)) copy.splice(key as number, 0, value);
      else copy[key] = value;
      break;
    case "delete":
      if (Array.isArray(copy)) copy.splice(key as number, 1);
      else delete copy[key];
      break;
  }
  return copy;
}
