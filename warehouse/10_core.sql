-- core: the tables SQL users, dashboards and the scorer rely on. Contract columns come first,
-- with exactly the contract's names and types; extra columns follow.

create table if not exists core.articles (
    article_id      VARCHAR,
    source_file     VARCHAR,
    title           VARCHAR,
    source_name     VARCHAR,
    published_on    DATE,
    language        VARCHAR,
    text            VARCHAR,
    url             VARCHAR,
    source_record   INTEGER,
    engine_version  VARCHAR,
    ingested_at     TIMESTAMP,
    text_sha256     VARCHAR
);
comment on table core.articles is 'One row per distinct article ingested (the first file carrying it wins).';
comment on column core.articles.article_id is 'Stable id: the same content gives the same id on every run';
comment on column core.articles.source_file is 'Path of the raw file, relative to the raw folder';
comment on column core.articles.text_sha256 is 'SHA-256 of text (UTF-8), computed once at ingest: extraction is redone when it changes';
comment on column core.articles.title is 'Headline, where the file has one';
comment on column core.articles.source_name is 'Outlet or press service named by the file';
comment on column core.articles.published_on is 'Publication date, where the file shows one';
comment on column core.articles.language is 'ISO 639-1 code: kk, ru, en, ...';
comment on column core.articles.text is 'Cleaned article text that all character offsets point into';
comment on column core.articles.url is 'URL of the article, where the file gives one';
comment on column core.articles.source_record is 'Position of the article in its file (0 for one-article files; line order for .jsonl)';
comment on column core.articles.engine_version is 'elshi.ENGINE_VERSION that read the file';
comment on column core.articles.ingested_at is 'When the file was read (UTC)';

create table if not exists core.trade_facts (
    fact_id         VARCHAR,
    article_id      VARCHAR,
    reporter_iso3   VARCHAR,
    partner_iso3    VARCHAR,
    flow            VARCHAR,
    measure         VARCHAR,
    period_start    DATE,
    period_end      DATE,
    value_usd       DOUBLE,
    value_original  DOUBLE,
    currency        VARCHAR,
    growth_pct      DOUBLE,
    approximate     BOOLEAN,
    evidence        VARCHAR,
    char_start      INTEGER,
    char_end        INTEGER
);
comment on table core.trade_facts is 'One row per bilateral trade or investment figure stated in an article.';
comment on column core.trade_facts.fact_id is 'Stable id';
comment on column core.trade_facts.article_id is 'The article it was read from';
comment on column core.trade_facts.reporter_iso3 is 'Country from whose side the figure is stated (ISO alpha-3)';
comment on column core.trade_facts.partner_iso3 is 'The other country (ISO alpha-3)';
comment on column core.trade_facts.flow is 'turnover | export | import | investment_in | investment_out';
comment on column core.trade_facts.measure is 'actual | target';
comment on column core.trade_facts.period_start is 'First day the figure covers; NULL when open or unknown';
comment on column core.trade_facts.period_end is 'Last day the figure covers; NULL when open or unknown';
comment on column core.trade_facts.value_usd is 'Amount in US dollars; NULL where only a change is stated';
comment on column core.trade_facts.value_original is 'Amount as written, in currency';
comment on column core.trade_facts.currency is 'ISO 4217 code of the amount as written';
comment on column core.trade_facts.growth_pct is 'Stated change against the comparison period, percent';
comment on column core.trade_facts.approximate is 'The article hedges the amount (about, over, almost)';
comment on column core.trade_facts.evidence is 'The sentence the figure was read from';
comment on column core.trade_facts.char_start is 'Offset of evidence in core.articles.text';
comment on column core.trade_facts.char_end is 'text[char_start:char_end] == evidence';

create table if not exists core.visit_events (
    event_id        VARCHAR,
    article_id      VARCHAR,
    event_type      VARCHAR,
    visit_level     VARCHAR,
    status          VARCHAR,
    country_a_iso3  VARCHAR,
    country_b_iso3  VARCHAR,
    visitor_iso3    VARCHAR,
    host_iso3       VARCHAR,
    location        VARCHAR,
    date_start      DATE,
    date_end        DATE,
    date_precision  VARCHAR,
    evidence        VARCHAR,
    char_start      INTEGER,
    char_end        INTEGER,
    date_year_inferred BOOLEAN DEFAULT false
);
comment on table core.visit_events is 'One row per bilateral visit, meeting or other diplomatic event.';
comment on column core.visit_events.event_id is 'Stable id';
comment on column core.visit_events.article_id is 'The article it was read from';
comment on column core.visit_events.event_type is 'visit | talks | consultations | forum | council | phone_call | signing';
comment on column core.visit_events.visit_level is 'For visits: state | official | working, or NULL';
comment on column core.visit_events.status is 'held | planned';
comment on column core.visit_events.country_a_iso3 is 'One of the two countries';
comment on column core.visit_events.country_b_iso3 is 'The other one';
comment on column core.visit_events.visitor_iso3 is 'For a visit: the travelling side; NULL if unknown';
comment on column core.visit_events.host_iso3 is 'Country where it takes place; NULL if unknown';
comment on column core.visit_events.location is 'City in English; NULL if unknown';
comment on column core.visit_events.date_start is 'First day; NULL if unknown';
comment on column core.visit_events.date_end is 'Last day; NULL if unknown';
comment on column core.visit_events.date_precision is 'day | month | year, or NULL';
comment on column core.visit_events.date_year_inferred is 'True when the article states the day but neither the year nor its publication date: the year is the latest one the article speaks of (not a horizon such as "by 2030")';
comment on column core.visit_events.evidence is 'The sentence(s) it was read from';
comment on column core.visit_events.char_start is 'Offset of evidence in core.articles.text';
comment on column core.visit_events.char_end is 'text[char_start:char_end] == evidence';

create table if not exists core.event_participants (
    event_id        VARCHAR,
    name            VARCHAR,
    country_iso3    VARCHAR,
    role            VARCHAR
);
comment on table core.event_participants is 'Named officials of an event.';
comment on column core.event_participants.event_id is 'The event (core.visit_events.event_id)';
comment on column core.event_participants.name is 'Name in its base (nominative) form, in the article''s script';
comment on column core.event_participants.country_iso3 is 'Whose official';
comment on column core.event_participants.role is 'Title in English';

create table if not exists core.quarantine (
    kind            VARCHAR,
    source_file     VARCHAR,
    article_id      VARCHAR,
    record          VARCHAR,
    reason          VARCHAR,
    detected_at     TIMESTAMP,
    run_id          VARCHAR
);
comment on table core.quarantine is 'Files, records and rows that were not loaded, with the reason. Reflects the current raw folder: rows of a file go when the file is re-read or removed.';
comment on column core.quarantine.kind is 'file | record | article | extraction | trade_fact | visit_event | event_participant';
comment on column core.quarantine.source_file is 'Raw file, relative to the raw folder';
comment on column core.quarantine.article_id is 'Article concerned, where known';
comment on column core.quarantine.record is 'The rejected record (JSON row, or the raw line), where there is one';
comment on column core.quarantine.reason is 'Why it was rejected';
comment on column core.quarantine.detected_at is 'When it was rejected (UTC)';
comment on column core.quarantine.run_id is 'Dagster run that rejected it';
