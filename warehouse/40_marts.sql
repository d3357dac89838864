-- marts: what analysts read and chart. core holds one row per mention; here mentions of the same
-- real event or statistic are merged across articles (orchestration/marts.py), conflicts flagged.
-- Rebuilt from the core tables by every refresh that changes them.

create table if not exists marts.events (
    event_key           VARCHAR,
    event_type          VARCHAR,
    status              VARCHAR,
    visit_level         VARCHAR,
    country_a_iso3      VARCHAR,
    country_b_iso3      VARCHAR,
    visitor_iso3        VARCHAR,
    host_iso3           VARCHAR,
    location            VARCHAR,
    date_start          DATE,
    date_end            DATE,
    date_precision      VARCHAR,
    n_sources           INTEGER,
    n_mentions          INTEGER,
    first_reported_on   DATE,
    head_of_state       BOOLEAN,
    participants        VARCHAR[]
);
comment on table marts.events is 'One row per real-world event: mentions of one type and pair merged across articles when their dates are compatible and their places do not contradict.';
comment on column marts.events.event_key is 'Stable key: the same mentions give the same key (from the earliest mention)';
comment on column marts.events.event_type is 'visit | talks | consultations | forum | council | phone_call | signing';
comment on column marts.events.status is 'held once any source reports it held; planned otherwise';
comment on column marts.events.visit_level is 'For visits: the highest level any source gives (state > official > working)';
comment on column marts.events.country_a_iso3 is 'The pair, in alphabetical order';
comment on column marts.events.country_b_iso3 is 'The pair, in alphabetical order';
comment on column marts.events.visitor_iso3 is 'For a visit: the travelling side most sources give';
comment on column marts.events.host_iso3 is 'Where it took place, as most sources give it';
comment on column marts.events.location is 'City in English, as most sources give it';
comment on column marts.events.date_start is 'First day of the finest date any source gives';
comment on column marts.events.date_end is 'Last day of that date';
comment on column marts.events.date_precision is 'The finest precision known: day | month | year, or NULL';
comment on column marts.events.n_sources is 'Distinct articles reporting it';
comment on column marts.events.n_mentions is 'Rows of core.visit_events merged into it';
comment on column marts.events.first_reported_on is 'Earliest publication date among its articles';
comment on column marts.events.head_of_state is 'A visit at head-of-state level (a state visit, or a president/monarch of the visiting side)';
comment on column marts.events.participants is 'Named officials of all its mentions, one entry per person (names merged by base form)';

create table if not exists marts.event_mentions (
    event_key           VARCHAR,
    event_id            VARCHAR
);
comment on table marts.event_mentions is 'Which core.visit_events rows (mentions) make up each marts.events row.';

create table if not exists marts.trade_figures (
    figure_key          VARCHAR,
    flow                VARCHAR,
    reporter_iso3       VARCHAR,
    partner_iso3        VARCHAR,
    measure             VARCHAR,
    period_start        DATE,
    period_end          DATE,
    value_usd           DOUBLE,
    min_value_usd       DOUBLE,
    max_value_usd       DOUBLE,
    growth_pct          DOUBLE,
    n_sources           INTEGER,
    n_mentions          INTEGER,
    reporters           VARCHAR[],
    conflict            BOOLEAN,
    mirror              BOOLEAN,
    first_reported_on   DATE
);
comment on table marts.trade_figures is 'One row per distinct statistic: mentions with the same flow (export(R,P) = import(P,R); turnover in either order), measure and period merged across articles.';
comment on column marts.trade_figures.figure_key is 'Stable key of the statistic (flow and direction normalised, measure, period)';
comment on column marts.trade_figures.flow is 'As first stated: turnover | export | import | investment_in | investment_out';
comment on column marts.trade_figures.reporter_iso3 is 'As first stated';
comment on column marts.trade_figures.partner_iso3 is 'As first stated';
comment on column marts.trade_figures.value_usd is 'Median of the mentions'' values';
comment on column marts.trade_figures.min_value_usd is 'Smallest value stated';
comment on column marts.trade_figures.max_value_usd is 'Largest value stated';
comment on column marts.trade_figures.growth_pct is 'Median of the growths stated';
comment on column marts.trade_figures.n_sources is 'Distinct articles stating it';
comment on column marts.trade_figures.n_mentions is 'Rows of core.trade_facts merged into it';
comment on column marts.trade_figures.reporters is 'Whose statistics the mentions are (their reporter_iso3)';
comment on column marts.trade_figures.conflict is 'True when the values stated differ by more than 5 %';
comment on column marts.trade_figures.mirror is 'True when both countries'' own statistics are among the sources';
comment on column marts.trade_figures.first_reported_on is 'Earliest publication date among its articles';

create table if not exists marts.trade_mentions (
    figure_key          VARCHAR,
    fact_id             VARCHAR
);
comment on table marts.trade_mentions is 'Which core.trade_facts rows (mentions) make up each marts.trade_figures row.';

create table if not exists marts.partner_year (
    partner_iso3        VARCHAR,
    year                INTEGER,
    turnover_usd        DOUBLE,
    exports_usd         DOUBLE,
    imports_usd         DOUBLE,
    investment_in_usd   DOUBLE,
    investment_out_usd  DOUBLE,
    n_visit             INTEGER,
    n_talks             INTEGER,
    n_consultations     INTEGER,
    n_forum             INTEGER,
    n_council           INTEGER,
    n_phone_call        INTEGER,
    n_signing           INTEGER,
    n_events            INTEGER,
    n_planned           INTEGER,
    head_of_state_visits INTEGER,
    last_event_on       DATE
);
comment on table marts.partner_year is 'Per partner of Kazakhstan and calendar year: full-year figures and held events. What the charts read.';
comment on column marts.partner_year.turnover_usd is 'Full-year turnover (actual); NULL when no source states one';
comment on column marts.partner_year.exports_usd is 'Full-year exports of Kazakhstan to the partner; NULL when no source states one';
comment on column marts.partner_year.imports_usd is 'Full-year imports of Kazakhstan from the partner; NULL when no source states one';
comment on column marts.partner_year.investment_in_usd is 'Full-year investment of the partner in Kazakhstan';
comment on column marts.partner_year.investment_out_usd is 'Full-year investment of Kazakhstan in the partner';
comment on column marts.partner_year.n_events is 'Held events of the pair that year (by type in the n_* columns)';
comment on column marts.partner_year.n_planned is 'Events announced for that year and not (yet) reported held';
comment on column marts.partner_year.head_of_state_visits is 'Held visits at head-of-state level that year';
comment on column marts.partner_year.last_event_on is 'Last day of the latest held event that year';
