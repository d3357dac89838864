-- Convenience views for analysts (read-only SQL sessions).

create or replace view core.article_summary as
select a.article_id, a.source_file, a.language, a.published_on, a.title,
       (select count(*) from core.trade_facts f where f.article_id = a.article_id) as trade_facts,
       (select count(*) from core.visit_events e where e.article_id = a.article_id) as visit_events
from core.articles a;
comment on view core.article_summary is 'Per article: how many trade facts and events were read from it.';

create or replace view core.trade_with_kazakhstan as
select f.*,
       case when f.reporter_iso3 = 'KAZ' then f.partner_iso3 else f.reporter_iso3 end as counterpart_iso3,
       a.published_on, a.source_file
from core.trade_facts f
join core.articles a using (article_id)
where 'KAZ' in (f.reporter_iso3, f.partner_iso3);
comment on view core.trade_with_kazakhstan is 'Trade figures with Kazakhstan on one side, with the counterpart and the article date.';
