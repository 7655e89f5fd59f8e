// Applies the streaming diffs of process_generating messages ([action, path, value]
// edits), as the official clients do.

export type Edit = [action: "replace" | "append" | "add" | "delete", path: (string | number)[], value: unknown];

export function applyDiff(value: any, edits: Edit[]): any {
  for (const [action, path, v] of edits) value = applyEdit(value, path, action, v);
  return value;
}

function applyEdit(target: any, path: (string | number)[], action: string, value: any): any {
  if (path.length === 0) {
    if (action === "replace") return value;
    if (action === "append") return target + value;
    throw new Error(`cannot ${action} at the root`);
  }
  const [key, ...rest] = path;
  if (rest.length > 0) {
    target[key as any] = applyEdit(target[key as any], rest, action, value);
    return target;
  }
  switch (action) {
    case "replace":
      target[key as any] = value;
      break;
    case "append":
      target[key as any] += value;
      break;
    case "add":
      if (Array.isArray(target)) target.splice(key as number, 0, value);
      else target[key] = value;
      break;
    case "delete":
      if (Array.isArray(target)) target.splice(key as number, 1);
      else delete target[key];
      break;
  }
  return target;
}
