// A board's or an ATS's own name is not the employer: the page asks it of og:site_name, the
// background of the name in a page's title ("Data Engineer – Greenhouse").
export const NOT_AN_EMPLOYER =
  /\b(?:jobs?|careers?|recruit\w*|talent|hiring|vacanc\w*|linkedin|indeed|glassdoor|monster|ziprecruiter|greenhouse|lever|ashby|workable|wellfound|angellist|himalayas|remotive|remote ?ok|we work remotely|working nomads|remotewlb|job ?bank|workday|smartrecruiters|successfactors|cornerstone)\b/i;
