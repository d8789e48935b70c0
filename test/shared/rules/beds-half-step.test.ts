import { describe } from "vitest";
import { bedsHalfStep } from "../../../shared/rules/beds-half-step";
import { testRule } from "./rule-tester";

describe("beds-half-step", () => {
  testRule(bedsHalfStep, {
    passing: [{ name: "whole and half beds", values: { "beds.tsb_total": 258.5, "beds.phbu_total": 12 } }],
    failing: [
      {
        name: "a quarter bed",
        values: { "beds.tsb_total": 10.25 },
        expected: ["not_half_step@beds.tsb_total"],
      },
      {
        name: "places too",
        values: { "beds.hospital_at_home_places": 1.3 },
        expected: ["not_half_step@beds.hospital_at_home_places"],
      },
    ],
  });
});
