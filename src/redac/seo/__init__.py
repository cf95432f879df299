"""SEO and readability audit of French articles: page reading, researches, assessments, scores."""
