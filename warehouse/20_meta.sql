-- meta: pipeline state that makes refreshes incremental. Lives in the same file as the data,
-- so state and data are always published together (atomically).

create table if not exists meta.warehouse (
    key             VARCHAR,
    value           VARCHAR
);
comment on table meta.warehouse is 'Facts about this warehouse file (ddl_sha256: hash of warehouse/*.sql it was built with).';

create table if not exists meta.raw_files (
    source_file     VARCHAR,
    sha256          VARCHAR,
    size            BIGINT,
    mtime           TIMESTAMP,
    engine_version  VARCHAR,
    ingested_at     TIMESTAMP,
    status          VARCHAR,
    n_articles      INTEGER,
    n_problems      INTEGER
);
comment on table meta.raw_files is 'Every raw file read, with the content hash it had: only new or changed files are read again.';
comment on column meta.raw_files.status is 'ok | partial (some records quarantined) | quarantined (nothing loaded) | pending (planned, not read yet)';

create table if not exists meta.seed_files (
    name            VARCHAR,
    sha256          VARCHAR,
    n_rows          BIGINT,
    loaded_at       TIMESTAMP
);
comment on table meta.seed_files is 'seeds/*.csv loaded into schema ref, with their content hash.';

create table if not exists meta.article_sources (
    article_id      VARCHAR,
    source_file     VARCHAR,
    source_record   INTEGER,
    title           VARCHAR,
    source_name     VARCHAR,
    published_on    DATE,
    language        VARCHAR,
    text            VARCHAR,
    url             VARCHAR,
    engine_version  VARCHAR,
    ingested_at     TIMESTAMP,
    text_sha256     VARCHAR
);
comment on table meta.article_sources is 'Every article of every raw file, duplicates included; core.articles keeps the first of each article_id.';

create table if not exists meta.extractions (
    article_id      VARCHAR,
    engine_version  VARCHAR,
    text_sha256     VARCHAR,
    extracted_at    TIMESTAMP,
    n_trade_facts   INTEGER,
    n_events        INTEGER,
    n_participants  INTEGER,
    n_quarantined   INTEGER
);
comment on table meta.extractions is 'Which article text was extracted with which engine version: a new elshi.ENGINE_VERSION (or a new text for the id) re-extracts.';

create table if not exists meta.plan (
    kind            VARCHAR,
    name            VARCHAR,
    change          VARCHAR,
    sha256          VARCHAR,
    problem         VARCHAR
);
comment on table meta.plan is 'What the latest refresh had to do: kind raw|seed, change new|changed|removed|engine|unchanged.';
comment on column meta.plan.problem is 'Why a raw entry is not read (unreadable, name not UTF-8, symlink out of the raw folder, FIFO, ...); it goes to core.quarantine';

create table if not exists meta.refreshes (
    run_id              VARCHAR,
    published_at        TIMESTAMP,
    engine_version      VARCHAR,
    raw_dir             VARCHAR,
    files_new           INTEGER,
    files_changed       INTEGER,
    files_removed       INTEGER,
    files_reextracted   INTEGER,
    articles            BIGINT,
    trade_facts         BIGINT,
    visit_events        BIGINT,
    event_participants  BIGINT,
    quarantined         BIGINT,
    set_aside           VARCHAR
);
comment on table meta.refreshes is 'One row per published refresh.';
comment on column meta.refreshes.set_aside is 'Where the published file was moved because someone had changed it (their data is kept there); NULL normally';
