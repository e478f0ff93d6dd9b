def extract_article(raw):
    raise NotImplementedError
