// The frame of the learning going on once one works, as someone learning English asks it: "later still must learn more?"
import { describe, expect, it } from "vitest";
import { framesOf, framingOf } from "../src/matching/frames.ts";

const frames = (text: string) => framesOf(framingOf(text).frames);

describe("learning still needed once the work is begun", () => {
  it.each([
    "once working, still must do courses?",
    "later on i still study more or no",
    "after i get hired, do i still need classes?",
  ])("reads %j as the learning going on", (text) => {
    expect(frames(text)).toEqual(["ongoing"]);
  });

  it.each([
    "do I still need classes if I have a bachelors",
    "after high school do I still need classes",
    "will I still need my inhaler later",
  ])("reads %j in no frame of learning going on", (text) => {
    expect(frames(text)).not.toContain("ongoing");
  });
});
