from quotes_helpers import parse, body
from storyline.quotes import find_quotes
def test_dbg(nlp):
    st=parse(nlp, body('Ms Anna Lindqvist met Mr Peter Kiral at the port.', '"We signed nothing today," she said.', '"The talks go on," he said.'))
    find_quotes(st)
    print([(q.kind,q.speaker_name) for q in st.quotes], st.errors)
    assert 0
