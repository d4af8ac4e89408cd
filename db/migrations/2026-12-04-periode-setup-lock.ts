import { sql, type Kysely } from 'kysely'

// Lock rule 4: a praktijkperiode's set-up (people, place, dates, hours,
// werkprocessen) can change, and the periode can be deleted, only until work
// starts in it. The app refuses first; these triggers refuse again so that a
// bug or a forged request cannot rewrite a periode that holds work.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function periode_work_started(periode uuid) returns boolean
    language sql stable as $$
      select exists (select 1 from meetmomenten
                     where praktijkperiode_id = periode)
          or exists (select 1 from bewijsstukken
                     where praktijkperiode_id = periode)
          or exists (select 1 from uren_weken
                     where praktijkperiode_id = periode)
          or exists (select 1 from planning_items
                     where praktijkperiode_id = periode)
          or exists (select 1 from bedrijfsomschrijvingen
                     where praktijkperiode_id = periode)
    $$;

    create function guard_praktijkperiode() returns trigger
    language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        if periode_work_started(old.id) then
          raise exception 'praktijkperiode % holds work', old.id
            using hint = 'STARTED';
        end if;
        return old;
      end if;

      if (new.school_id, new.student_id, new.begeleider_id,
          new.kwalificatie_id, new.locatie, new.leerbedrijf_id,
          new.praktijkopleider_id, new.beoordelaar_id, new.startdatum,
          new.einddatum, new.uren_afgesproken)
         is distinct from
         (old.school_id, old.student_id, old.begeleider_id,
          old.kwalificatie_id, old.locatie, old.leerbedrijf_id,
          old.praktijkopleider_id, old.beoordelaar_id, old.startdatum,
          old.einddatum, old.uren_afgesproken)
         and periode_work_started(old.id) then
        raise exception 'praktijkperiode % holds work', old.id
          using hint = 'STARTED';
      end if;
      return new;
    end;
    $$;

    create trigger praktijkperiodes_setup_lock
      before update or delete on praktijkperiodes
      for each row execute function guard_praktijkperiode();

    create function guard_periode_werkproces() returns trigger
    language plpgsql as $$
    declare
      periode uuid := coalesce(new.praktijkperiode_id, old.praktijkperiode_id);
    begin
      -- A cascade from a periode that may be deleted passes: the periode's
      -- own trigger has already checked it.
      if tg_op = 'DELETE'
         and not exists (select 1 from praktijkperiodes where id = periode) then
        return old;
      end if;
      if periode_work_started(periode) then
        raise exception 'praktijkperiode % holds work', periode
          using hint = 'STARTED';
      end if;
      return coalesce(new, old);
    end;
    $$;

    create trigger periode_werkprocessen_setup_lock
      before insert or update or delete on periode_werkprocessen
      for each row execute function guard_periode_werkproces();
  `.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('Not reversible')
}
