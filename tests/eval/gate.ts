// The eval gate on the held-out half. A ratchet: set at what main reaches today, raised with every gain, never
// lowered. The product targets are 0.95 for every group.
import type { Group } from "./evaluate.ts";

export const GATE: Record<Group, number> = {
  "in-domain": 1.0,
  "out-of-domain": 1.0,
  smalltalk: 1.0,
};

export const TARGET: Record<Group, number> = {
  "in-domain": 0.95,
  "out-of-domain": 0.95,
  smalltalk: 0.95,
};
