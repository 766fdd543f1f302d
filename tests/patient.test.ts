import { beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import {
  asksAfterOwnValue,
  asksAsAClient,
  clientReading,
  namesAClientTerm,
  readsAsAClient,
} from "../src/matching/patient.ts";
import { stem, words } from "../src/matching/text.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

const CLIENT = ["blood test", "blood work", "blood draw", "lab results", "results", "tested", "glucose"].map(
  (t) => words(t).map(stem),
);
const asClient = (text: string) => asksAsAClient(text, CLIENT);

describe("a patient's question, by the frame around the pack's words", () => {
  it("reads a text's words once for both tests: whether it names a client term, and whether it asks as a client", () => {
    const mine = clientReading("can you help me understand my lab results", CLIENT);
    expect(namesAClientTerm(mine)).toBe(true);
    expect(readsAsAClient(mine, CLIENT)).toBe(true);
    const career = clientReading("who checks the lab results before they go out", CLIENT);
    expect(namesAClientTerm(career)).toBe(true);
    expect(readsAsAClient(career, CLIENT)).toBe(false);
    expect(namesAClientTerm(clientReading("how long is the program", CLIENT))).toBe(false);
  });

  it("takes a value of the writer's own, a figure after what is measured, asked after, for a patient's", () => {
    const pack = (t: string) => ["salari", "pay", "score"].includes(t);
    expect(asksAfterOwnValue(words("my vitamin d is 18 is this low"), pack)).toBe(true);
    expect(asksAfterOwnValue(words("my tsh came back at 7 should i worry"), pack)).toBe(true);
    expect(asksAfterOwnValue(words("my salary is 40 is that low"), pack)).toBe(false);
    expect(asksAfterOwnValue(words("my son is 16 and worried about needles"), pack)).toBe(false);
    expect(asksAfterOwnValue(words("my gpa is 2 is that too low for the program"), pack)).toBe(false);
    expect(asksAfterOwnValue(words("my ferritin is 8"), pack)).toBe(false);
  });

  it("takes the writer's or a relative's tests and results for a patient's", () => {
    expect(asClient("can you help me understand my lab results")).toBe(true);
    expect(asClient("what is a normal glucose for my husband, his was 140")).toBe(true);
    expect(asClient("our toddler had blood work yesterday")).toBe(true);
  });

  it("takes worry, the doctor who ordered it and who pays for it for a patient's concerns", () => {
    expect(asClient("the blood work came back and we are a bit scared, my dad is 80")).toBe(true);
    expect(asClient("will medicaid cover a blood test")).toBe(true);
    expect(asClient("why did the doctor want it, the blood draw my doctor ordered")).toBe(true);
  });

  it("takes getting tested and getting ready for a draw for a patient's errands", () => {
    expect(asClient("is there somewhere open on sunday where I can get a blood test")).toBe(true);
    expect(asClient("can we get tested without an appointment")).toBe(true);
    expect(asClient("do you have to skip breakfast or can you eat before blood work")).toBe(true);
  });

  it("leaves career questions about patients, results and draws alone", () => {
    expect(asClient("who checks the lab results before they go out")).toBe(false);
    expect(asClient("will I have to do a blood draw on my first day")).toBe(false);
    expect(asClient("how do phlebotomists prepare for a blood draw")).toBe(false);
    expect(asClient("my exam results came in, I passed, what next")).toBe(false);
    expect(asClient("my results from the AMT just came back, now what")).toBe(false);
    expect(asClient("will I get tested on chemistry in my program")).toBe(false);
    expect(asClient("does insurance pay for the training")).toBe(false);
    expect(asClient("so my doctor can see the results, who enters them")).toBe(false);
    expect(
      asClient(
        "my typing is slow and I'm nervous about computers, do techs enter the results by hand or scan them",
      ),
    ).toBe(false);
  });

  describe("in the matcher", () => {
    let index: MatchIndex;
    beforeAll(async () => {
      index = buildIndex(await realKnowledge());
    });
    const kindOf = (text: string) => {
      const r = match(index, text);
      return r.kind === "none" ? `none:${r.reason}` : r.kind;
    };

    it("gives a patient's question the 'not covered' answer", () => {
      expect(kindOf("my mom's blood work says her iron is low, what does that mean")).toBe("none:uncovered");
      expect(kindOf("does my insurance pay for lab tests at a walk in clinic")).toBe("none:uncovered");
      expect(kindOf("where do I go to get blood drawn for my new job physical")).toBe("none:uncovered");
      expect(kindOf("My daughter had a blood test last week. Should we be concerned?")).toBe(
        "none:uncovered",
      );
    });

    it("reads what a reading of a measure the pack does not know means as a patient's question", () => {
      expect(kindOf("what does it mean when the potassium is elevated")).toBe("none:uncovered");
      expect(kindOf("what does it mean when the bilirubin is low")).toBe("none:uncovered");
      expect(kindOf("what does high demand mean for lab techs")).toBe("answer");
    });

    it("reads getting ready for one's own draw as a patient's, though the draw stands in a clause of its own", () => {
      expect(kindOf("can I drink coffee before my blood work")).toBe("none:uncovered");
      expect(kindOf("do you have to fast before a blood draw in the morning")).toBe("none:uncovered");
      expect(kindOf("how do phlebotomists prepare for a blood draw")).toBe("answer");
    });

    it("gives a value of the writer's own body, asked after, the 'not covered' answer", () => {
      expect(kindOf("my sodium came back 131, is that dangerous")).toBe("none:uncovered");
      expect(kindOf("my iron was 9 last month, what do I do")).toBe("none:uncovered");
      expect(kindOf("My platelets were 90 last week. Should I be worried?")).toBe("none:uncovered");
      expect(kindOf("my pay is 18 an hour, is that low for a lab tech")).toBe("answer");
    });

    it("still answers career questions that mention patients, results and a patient's story", () => {
      expect(kindOf("do lab techs ever talk to the patients")).toBe("answer");
      expect(kindOf("who reads the test results in a lab")).toBe("answer");
      expect(
        kindOf("I have had my blood drawn a hundred times for my diabetes. How do I become a phlebotomist?"),
      ).toBe("answer");
      expect(kindOf("once my doctor orders blood work, who in the lab actually runs it")).toBe("answer");
    });

    it("reads a question asking which job it is, or the job's name, as a career question", () => {
      expect(
        match(
          index,
          "the person who looks at the cells from my pap smear under a microscope, what's that job called",
        ),
      ).toMatchObject({ kind: "answer", entry: { id: "cytotechnologist" } });
      // Without a job or its people, the name asked is the test's: still the writer's own.
      expect(kindOf("my pap smear came back abnormal, what's it called when that happens")).toBe(
        "none:uncovered",
      );
    });
  });
});
