// Reads content files the way Astro's loaders do, for tests that check the real data.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ImmunizationScheduleSchema, CheckupScheduleSchema } from '../../src/schemas/schedule';

export function readYaml(path: string): unknown {
  return parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
}

export function loadImmunizationSchedule() {
  return ImmunizationScheduleSchema.parse(readYaml('src/content/schedules/immunization.yaml'));
}

export function loadCheckupSchedule() {
  return CheckupScheduleSchema.parse(readYaml('src/content/schedules/checkups.yaml'));
}
