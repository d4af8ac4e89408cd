import { sql, type Kysely } from 'kysely'

// The whole domain of DESIGN.md, so later features add screens, not tables.
// Lock rules and the audit log are enforced here as well as in lib/.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table scholen (
      id uuid primary key default gen_random_uuid(),
      naam text not null,
      brin text unique,
      created_at timestamptz not null default now()
    );

    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null check (email = lower(btrim(email)) and email <> ''),
      password_hash text,
      voornaam text not null,
      tussenvoegsel text not null default '',
      achternaam text not null,
      telefoon text not null default '',
      school_id uuid references scholen (id),
      session_version integer not null default 1,
      is_blocked boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index users_email_unique on users (lower(btrim(email)));

    create table user_roles (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id) on delete cascade,
      role text not null check (role in (
        'student', 'praktijkopleider', 'bpv_begeleider', 'bpv_beoordelaar',
        'beheerder'
      )),
      school_id uuid references scholen (id),
      created_at timestamptz not null default now()
    );
    create unique index user_roles_unique on user_roles (
      user_id, role, coalesce(school_id, '00000000-0000-0000-0000-000000000000')
    );

    create table auth_tokens (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id) on delete cascade,
      purpose text not null check (purpose in ('uitnodiging', 'wachtwoord')),
      token_hash text not null unique,
      expires_at timestamptz not null,
      used_at timestamptz,
      created_at timestamptz not null default now()
    );

    create table rate_limits (
      bucket text primary key,
      hits integer not null,
      window_start timestamptz not null
    );

    create table kwalificaties (
      id uuid primary key default gen_random_uuid(),
      school_id uuid references scholen (id),
      crebo text not null check (crebo ~ '^[0-9]{5}$'),
      naam text not null,
      niveau integer not null check (niveau between 1 and 4),
      versie text not null,
      geldig_vanaf date,
      created_at timestamptz not null default now()
    );
    create unique index kwalificaties_versie_unique on kwalificaties (
      crebo, versie,
      coalesce(school_id, '00000000-0000-0000-0000-000000000000')
    );

    create table kerntaken (
      id uuid primary key default gen_random_uuid(),
      kwalificatie_id uuid not null references kwalificaties (id)
        on delete cascade,
      code text not null,
      titel text not null,
      volgorde integer not null,
      unique (kwalificatie_id, code)
    );

    create table werkprocessen (
      id uuid primary key default gen_random_uuid(),
      kerntaak_id uuid not null references kerntaken (id) on delete cascade,
      code text not null,
      titel text not null,
      volgorde integer not null,
      unique (kerntaak_id, code)
    );

    create table activiteiten (
      id uuid primary key default gen_random_uuid(),
      werkproces_id uuid not null references werkprocessen (id)
        on delete cascade,
      school_id uuid not null references scholen (id),
      omschrijving text not null,
      volgorde integer not null
    );

    create table groepen (
      id uuid primary key default gen_random_uuid(),
      school_id uuid not null references scholen (id),
      kwalificatie_id uuid references kwalificaties (id),
      naam text not null,
      cohort text not null default '',
      groepscode text not null unique,
      created_at timestamptz not null default now()
    );

    create table groep_begeleiders (
      groep_id uuid not null references groepen (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      primary key (groep_id, user_id)
    );

    create table groep_studenten (
      groep_id uuid not null references groepen (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      status text not null default 'actief'
        check (status in ('aangevraagd', 'actief', 'afgewezen')),
      studentnummer text not null default '',
      created_at timestamptz not null default now(),
      primary key (groep_id, user_id)
    );

    create table leerbedrijven (
      id uuid primary key default gen_random_uuid(),
      leerbedrijf_id text not null unique check (leerbedrijf_id ~ '^[0-9]+$'),
      naam text not null,
      adres text not null default '',
      postcode text not null default '',
      plaats text not null default '',
      kvk_nummer text not null default '',
      created_at timestamptz not null default now()
    );

    create table leerbedrijf_opleiders (
      leerbedrijf_id uuid not null references leerbedrijven (id)
        on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      is_sbb_geregistreerd boolean not null default false,
      primary key (leerbedrijf_id, user_id)
    );

    create table praktijkperiodes (
      id uuid primary key default gen_random_uuid(),
      school_id uuid not null references scholen (id),
      student_id uuid not null references users (id),
      begeleider_id uuid references users (id),
      kwalificatie_id uuid not null references kwalificaties (id),
      locatie text not null check (locatie in ('leerbedrijf', 'school')),
      leerbedrijf_id uuid references leerbedrijven (id),
      praktijkopleider_id uuid references users (id),
      beoordelaar_id uuid references users (id),
      startdatum date not null,
      einddatum date not null,
      uren_afgesproken integer check (uren_afgesproken >= 0),
      afgesloten_op timestamptz,
      created_by uuid not null references users (id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (einddatum > startdatum)
    );
    create index praktijkperiodes_student on praktijkperiodes (student_id);
    create index praktijkperiodes_opleider
      on praktijkperiodes (praktijkopleider_id);
    create index praktijkperiodes_beoordelaar
      on praktijkperiodes (beoordelaar_id);
    create index praktijkperiodes_begeleider on praktijkperiodes (begeleider_id);

    create table periode_werkprocessen (
      praktijkperiode_id uuid not null references praktijkperiodes (id)
        on delete cascade,
      werkproces_id uuid not null references werkprocessen (id),
      primary key (praktijkperiode_id, werkproces_id)
    );

    create table meetmomenten (
      id uuid primary key default gen_random_uuid(),
      praktijkperiode_id uuid not null references praktijkperiodes (id)
        on delete cascade,
      soort text not null check (soort in ('zelfevaluatie', 'voortgangsmeting')),
      auteur_id uuid not null references users (id),
      werkplan_afspraken text not null default '',
      werkplan_acties text not null default '',
      request_id uuid not null unique,
      vastgelegd_op timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index meetmomenten_periode on meetmomenten (praktijkperiode_id);

    create table meetmoment_scores (
      id uuid primary key default gen_random_uuid(),
      meetmoment_id uuid not null references meetmomenten (id)
        on delete cascade,
      werkproces_id uuid not null references werkprocessen (id),
      activiteit_id uuid references activiteiten (id),
      waarde text not null
        check (waarde in ('nooit', 'oefenen', 'voldoende', 'goed')),
      opmerking text not null default '',
      version integer not null default 1,
      updated_at timestamptz not null default now()
    );
    create unique index meetmoment_scores_werkproces
      on meetmoment_scores (meetmoment_id, werkproces_id)
      where activiteit_id is null;
    create unique index meetmoment_scores_activiteit
      on meetmoment_scores (meetmoment_id, activiteit_id)
      where activiteit_id is not null;

    create table reflecties (
      meetmoment_id uuid primary key references meetmomenten (id)
        on delete cascade,
      wat_ging_goed text not null default '',
      wat_was_lastig text not null default '',
      wat_geleerd text not null default '',
      volgende_stap text not null default '',
      vastgelegd_op timestamptz,
      version integer not null default 1,
      updated_at timestamptz not null default now()
    );

    create table verslagen (
      praktijkperiode_id uuid primary key references praktijkperiodes (id)
        on delete cascade,
      auteur_id uuid not null references users (id),
      vastgelegd_op timestamptz,
      version integer not null default 1,
      updated_at timestamptz not null default now()
    );

    create table verslag_oordelen (
      praktijkperiode_id uuid not null references verslagen (praktijkperiode_id)
        on delete cascade,
      werkproces_id uuid not null references werkprocessen (id),
      is_basis boolean not null default false,
      is_gevorderd boolean not null default false,
      opmerking text not null default '',
      primary key (praktijkperiode_id, werkproces_id)
    );

    create table planning_items (
      id uuid primary key default gen_random_uuid(),
      praktijkperiode_id uuid not null references praktijkperiodes (id)
        on delete cascade,
      datum date not null,
      taak text not null,
      voorbereiding text not null default '',
      created_by uuid not null references users (id),
      created_at timestamptz not null default now()
    );

    create table bedrijfsomschrijvingen (
      praktijkperiode_id uuid primary key references praktijkperiodes (id)
        on delete cascade,
      inhoud jsonb not null default '{}',
      status text not null default 'concept'
        check (status in ('concept', 'ingediend', 'goedgekeurd', 'teruggestuurd')),
      opmerking text not null default '',
      beoordeeld_door uuid references users (id),
      version integer not null default 1,
      updated_at timestamptz not null default now()
    );

    create table bewijsstukken (
      id uuid primary key default gen_random_uuid(),
      praktijkperiode_id uuid not null references praktijkperiodes (id)
        on delete cascade,
      werkproces_id uuid references werkprocessen (id),
      omschrijving text not null,
      bestandsnaam text not null,
      mime_type text not null,
      grootte integer not null check (grootte > 0),
      storage_key text not null unique,
      uploaded_by uuid not null references users (id),
      created_at timestamptz not null default now()
    );

    create table uren_weken (
      id uuid primary key default gen_random_uuid(),
      praktijkperiode_id uuid not null references praktijkperiodes (id)
        on delete cascade,
      iso_jaar integer not null,
      iso_week integer not null check (iso_week between 1 and 53),
      status text not null default 'concept'
        check (status in ('concept', 'ingediend', 'goedgekeurd', 'afgekeurd')),
      opmerking text not null default '',
      beoordeeld_door uuid references users (id),
      ingediend_op timestamptz,
      version integer not null default 1,
      updated_at timestamptz not null default now(),
      unique (praktijkperiode_id, iso_jaar, iso_week)
    );

    create table uren_dagen (
      week_id uuid not null references uren_weken (id) on delete cascade,
      datum date not null,
      minuten integer not null
        check (minuten between 0 and 1440 and minuten % 15 = 0),
      primary key (week_id, datum)
    );

    create table documenten (
      id uuid primary key default gen_random_uuid(),
      school_id uuid references scholen (id),
      soort text not null check (soort in ('opdracht', 'servicedocument')),
      titel text not null,
      bestandsnaam text not null,
      mime_type text not null,
      grootte integer not null,
      storage_key text not null unique,
      created_at timestamptz not null default now()
    );

    create table mail_outbox (
      id uuid primary key default gen_random_uuid(),
      recipient text not null,
      subject text not null,
      html text not null,
      text text not null,
      idempotency_key text not null unique,
      sent_at timestamptz,
      created_at timestamptz not null default now()
    );

    create table audit_log (
      id bigint generated always as identity primary key,
      actor_id uuid,
      action text not null,
      table_name text not null,
      record_id text,
      old_values jsonb,
      new_values jsonb,
      created_at timestamptz not null default now()
    );
    create index audit_log_record on audit_log (table_name, record_id);
  `.execute(db)

  await sql`
    create function forbid_change() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only' using errcode = 'P0001';
    end $$;

    create trigger audit_log_append_only
      before update or delete on audit_log
      for each row execute function forbid_change();
    create trigger audit_log_no_truncate
      before truncate on audit_log
      for each statement execute function forbid_change();

    -- Every change to a domain row, with the acting user and the intent that
    -- lib/ sets per transaction (app.actor_id, app.action).
    create function audit_row() returns trigger language plpgsql as $$
    declare
      old_row jsonb := case when tg_op = 'INSERT' then null
        else to_jsonb(old) - 'password_hash' end;
      new_row jsonb := case when tg_op = 'DELETE' then null
        else to_jsonb(new) - 'password_hash' end;
      row_id text := coalesce(new_row ->> 'id', old_row ->> 'id',
        new_row ->> 'meetmoment_id', old_row ->> 'meetmoment_id',
        new_row ->> 'praktijkperiode_id', old_row ->> 'praktijkperiode_id');
    begin
      insert into audit_log (
        actor_id, action, table_name, record_id, old_values, new_values
      ) values (
        nullif(current_setting('app.actor_id', true), '')::uuid,
        coalesce(nullif(current_setting('app.action', true), ''),
          lower(tg_op)),
        tg_table_name, row_id, old_row, new_row
      );

      return null;
    end $$;
  `.execute(db)

  const auditedTables = [
    'scholen',
    'users',
    'user_roles',
    'kwalificaties',
    'kerntaken',
    'werkprocessen',
    'activiteiten',
    'groepen',
    'groep_begeleiders',
    'groep_studenten',
    'leerbedrijven',
    'leerbedrijf_opleiders',
    'praktijkperiodes',
    'periode_werkprocessen',
    'meetmomenten',
    'meetmoment_scores',
    'reflecties',
    'verslagen',
    'verslag_oordelen',
    'planning_items',
    'bedrijfsomschrijvingen',
    'bewijsstukken',
    'uren_weken',
    'uren_dagen',
    'documenten',
  ]
  for (const table of auditedTables) {
    await sql`
      create trigger ${sql.raw(`${table}_audit`)}
        after insert or update or delete on ${sql.table(table)}
        for each row execute function audit_row()
    `.execute(db)
  }

  await sql`
    -- Lock rule 1: a vastgelegd meetmoment and everything in it is final.
    -- Vastleggen itself is the one update allowed, and only when every
    -- werkproces of the periode has a saved score.
    create function guard_meetmoment() returns trigger language plpgsql as $$
    declare
      missing integer;
    begin
      if old.vastgelegd_op is not null then
        raise exception 'meetmoment % is vastgelegd', old.id
          using errcode = 'P0001', hint = 'LOCKED';
      end if;

      if tg_op = 'UPDATE' and new.vastgelegd_op is not null then
        select count(*) into missing
        from periode_werkprocessen pw
        where pw.praktijkperiode_id = new.praktijkperiode_id
          and not exists (
            select 1 from meetmoment_scores s
            where s.meetmoment_id = new.id
              and s.werkproces_id = pw.werkproces_id
              and s.activiteit_id is null
          );
        if missing > 0 then
          raise exception 'meetmoment % has % unrated werkprocessen',
            new.id, missing using errcode = 'P0001', hint = 'INCOMPLETE';
        end if;
      end if;

      if tg_op = 'DELETE' then
        return old;
      end if;

      return new;
    end $$;

    create trigger meetmomenten_lock
      before update or delete on meetmomenten
      for each row execute function guard_meetmoment();

    create function guard_meetmoment_child() returns trigger
    language plpgsql as $$
    declare
      parent_id uuid := case when tg_op = 'INSERT' then new.meetmoment_id
        else old.meetmoment_id end;
    begin
      if exists (
        select 1 from meetmomenten
        where id = parent_id and vastgelegd_op is not null
      ) then
        raise exception 'meetmoment % is vastgelegd', parent_id
          using errcode = 'P0001', hint = 'LOCKED';
      end if;

      if tg_op = 'DELETE' then
        return old;
      end if;

      return new;
    end $$;

    create trigger meetmoment_scores_lock
      before insert or update or delete on meetmoment_scores
      for each row execute function guard_meetmoment_child();

    -- A reflectie follows a vastgelegde zelfevaluatie and is final itself
    -- once vastgelegd, and then only when every field is filled in.
    create function guard_reflectie() returns trigger language plpgsql as $$
    begin
      if tg_op <> 'INSERT' and old.vastgelegd_op is not null then
        raise exception 'reflectie % is vastgelegd', old.meetmoment_id
          using errcode = 'P0001', hint = 'LOCKED';
      end if;

      if tg_op = 'DELETE' then
        return old;
      end if;

      if not exists (
        select 1 from meetmomenten
        where id = new.meetmoment_id
          and soort = 'zelfevaluatie'
          and vastgelegd_op is not null
      ) then
        raise exception 'reflectie needs a vastgelegde zelfevaluatie'
          using errcode = 'P0001', hint = 'INVALID';
      end if;

      if new.vastgelegd_op is not null and (
        btrim(new.wat_ging_goed) = '' or btrim(new.wat_was_lastig) = ''
        or btrim(new.wat_geleerd) = '' or btrim(new.volgende_stap) = ''
      ) then
        raise exception 'reflectie % is incomplete', new.meetmoment_id
          using errcode = 'P0001', hint = 'INCOMPLETE';
      end if;

      return new;
    end $$;

    create trigger reflecties_lock
      before insert or update or delete on reflecties
      for each row execute function guard_reflectie();

    -- The same rule for the verslag and its oordelen.
    create function guard_verslag() returns trigger language plpgsql as $$
    begin
      if old.vastgelegd_op is not null then
        raise exception 'verslag % is vastgelegd', old.praktijkperiode_id
          using errcode = 'P0001', hint = 'LOCKED';
      end if;

      if tg_op = 'DELETE' then
        return old;
      end if;

      return new;
    end $$;

    create trigger verslagen_lock
      before update or delete on verslagen
      for each row execute function guard_verslag();

    create function guard_verslag_oordeel() returns trigger
    language plpgsql as $$
    declare
      parent_id uuid := case when tg_op = 'INSERT'
        then new.praktijkperiode_id else old.praktijkperiode_id end;
    begin
      if exists (
        select 1 from verslagen
        where praktijkperiode_id = parent_id and vastgelegd_op is not null
      ) then
        raise exception 'verslag % is vastgelegd', parent_id
          using errcode = 'P0001', hint = 'LOCKED';
      end if;

      if tg_op = 'DELETE' then
        return old;
      end if;

      return new;
    end $$;

    create trigger verslag_oordelen_lock
      before insert or update or delete on verslag_oordelen
      for each row execute function guard_verslag_oordeel();
  `.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('The initial schema is not reversible')
}
