"""Analysis shared by every rule: normalisation, sentences, figures, named things, dates, words."""
