/**
 * The hub's schema, as an append-only list of migrations: never edit one that has shipped, add
 * the next. Plain PostgreSQL that PGlite and a PostgreSQL server both run unchanged.
 */
export const MIGRATIONS: readonly (readonly string[])[] = [
  [
    `CREATE TABLE workshops (
      id text PRIMARY KEY,
      name text NOT NULL,
      scenario_id text NOT NULL,
      scenario_digest text NOT NULL,
      scenario_yaml text,
      mode text NOT NULL CHECK (mode IN ('practice', 'assessment')),
      hints boolean NOT NULL,
      time_box_minutes integer,
      variants text NOT NULL CHECK (variants IN ('same', 'per-trainee')),
      trainer_token_hash text NOT NULL,
      current_group integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE participants (
      id text PRIMARY KEY,
      workshop_id text NOT NULL REFERENCES workshops(id),
      group_no integer NOT NULL,
      display_name text NOT NULL,
      seat integer NOT NULL,
      seed integer NOT NULL,
      token_hash text NOT NULL,
      joined_at timestamptz NOT NULL DEFAULT now(),
      last_event_at timestamptz,
      current_case text,
      current_case_since timestamptz,
      decided integer NOT NULL DEFAULT 0,
      cases integer NOT NULL DEFAULT 0,
      finished boolean NOT NULL DEFAULT false,
      score integer NOT NULL DEFAULT 0,
      max_score integer NOT NULL DEFAULT 0,
      percent integer NOT NULL DEFAULT 0,
      passed boolean NOT NULL DEFAULT false,
      report jsonb,
      UNIQUE (workshop_id, group_no, seat)
    )`,
    `CREATE TABLE events (
      participant_id text NOT NULL REFERENCES participants(id),
      seq integer NOT NULL,
      event jsonb NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (participant_id, seq)
    )`,
    `CREATE INDEX participants_by_workshop ON participants (workshop_id, group_no)`,
  ],
  // Where on the process maps each decision and refused step was taken (src/hub/states.ts).
  [`ALTER TABLE participants ADD COLUMN states jsonb`],
  // A workshop holds one or several scenarios; a trainee has one session (participant row) per
  // scenario, all on the same seat and key. Workshops made before keep their one scenario as the
  // first of the list, and their trainees' rows become that scenario's sessions.
  [
    `ALTER TABLE workshops ADD COLUMN scenarios jsonb`,
    `UPDATE workshops SET scenarios = jsonb_build_array(jsonb_build_object(
       'id', scenario_id, 'digest', scenario_digest, 'yaml', scenario_yaml))`,
    `ALTER TABLE workshops ALTER COLUMN scenarios SET NOT NULL`,
    `ALTER TABLE participants ADD COLUMN scenario_no integer NOT NULL DEFAULT 0`,
    `ALTER TABLE participants DROP CONSTRAINT participants_workshop_id_group_no_seat_key`,
    `ALTER TABLE participants ADD CONSTRAINT participants_seat_scenario UNIQUE (workshop_id, group_no, seat, scenario_no)`,
  ],
]
