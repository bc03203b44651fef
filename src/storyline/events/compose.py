"""How a control verb's meaning combines with its complement's code.

"agree to restore ties" is an intent to cooperate diplomatically (032), "urged Moscow to negotiate"
an appeal to negotiate (026), "refused to release the prisoners" a refusal to release (1243) and so on:
the CAMEO families 02/03/10/12/13 are built from the same action families, so the composition is a
table keyed by the complement's code (most specific prefix first).
"""

from __future__ import annotations

# complement code prefix -> composed code, per composition kind; the longest prefix that matches wins.
_INTENT = {
    "04": "036",
    "045": "039",
    "046": "036",
    "05": "032",
    "06": "031",
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "07": "033",
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "08": "035",
    "081": "0351",
    "082": "0352",
    "083": "034",
    "0831": "0341",
    "0832": "0342",
    "084": "0353",
    "085": "0354",
    "086": "0355",
    "087": "0356",
    "03": "030",
    "01": "030",
    "02": "030",
}
_APPEAL = {
    "04": "026",
    "045": "028",
    "05": "022",
    "06": "021",
    "061": "0211",
    "062": "0212",
    "063": "0213",
    "064": "0214",
    "07": "023",
    "071": "0231",
    "072": "0232",
    "073": "0233",
    "074": "0234",
    "08": "025",
    "081": "0251",
    "082": "0252",
    "083": "024",
    "0831": "0241",
    "0832": "0242",
    "084": "0253",
    "085": "0254",
    "086": "0255",
    "087": "0256",
    "03": "020",
    "01": "020",
    "02": "020",
}
_DEMAND = {
    "04": "106",
    "045": "108",
    "05": "102",
    "06": "101",
    "061": "1011",
    "062": "1012",
    "063": "1013",
    "064": "1014",
    "07": "103",
    "071": "1031",
    "072": "1032",
    "073": "1033",
    "074": "1034",
    "08": "105",
    "081": "1051",
    "082": "1052",
    "083": "104",
    "0831": "1041",
    "0832": "1042",
    "084": "1053",
    "085": "1054",
    "086": "1055",
    "087": "1056",
    "03": "100",
    "01": "100",
    "02": "100",
}
_REJECT = {
    "04": "125",
    "045": "126",
    "05": "120",
    "06": "121",
    "061": "1211",
    "062": "1212",
    "07": "122",
    "071": "1221",
    "072": "1222",
    "073": "1223",
    "074": "1224",
    "08": "124",
    "081": "1241",
    "082": "1242",
    "083": "123",
    "0831": "1231",
    "0832": "1232",
    "084": "1243",
    "085": "1244",
    "086": "1245",
    "087": "1246",
    "03": "120",
    "01": "120",
    "02": "120",
}
_THREATEN = {
    "16": "131",
    "162": "1311",
    "163": "1312",
    "161": "1313",
    "164": "134",
    "165": "135",
    "166": "136",
    "17": "137",
    "172": "132",
    "1721": "1321",
    "1722": "1322",
    "1723": "1323",
    "1724": "1324",
    "14": "133",
    "18": "1383",
    "19": "138",
    "190": "1384",
    "191": "1381",
    "192": "1382",
    "193": "1384",
    "194": "1384",
    "195": "1384",
    "20": "1385",
    "12": "130",
    "11": "130",
    "10": "130",
}
# Ending an action: only where the opposite is itself a CAMEO action.
_STOP = {
    "18": "087",
    "19": "087",
    "20": "087",
    "04": "164",
    "045": "165",
    "07": "162",
    "06": "160",
    "05": "160",
}

_TABLES = {"intent": _INTENT, "appeal": _APPEAL, "demand": _DEMAND, "reject": _REJECT, "threaten": _THREATEN}


def _lookup(table: dict[str, str], code: str) -> str | None:
    for n in range(len(code), 1, -1):
        hit = table.get(code[:n])
        if hit:
            return hit
    return None


def compose(kind: str, inner: str | None) -> tuple[str | None, bool]:
    """(composed code, planned?) for a control verb of ``kind`` over a complement coded ``inner``.

    Returns (None, False) when the combination says nothing codable.
    """
    if kind in ("plan", "try", "help", "negate"):
        return inner, kind == "plan"
    if kind == "stop":
        return (_lookup(_STOP, inner) if inner else None), False
    table = _TABLES.get(kind)
    if table is None:
        return None, False
    if inner is None:
        return None, False
    hit = _lookup(table, inner)
    if hit is not None:
        return hit, False
    # An intent to do something hostile ("vowed to retaliate") is the hostile act, planned.
    if kind == "intent":
        return inner, True
    if kind in ("appeal", "demand"):
        return ("020" if kind == "appeal" else "100"), False
    if kind == "reject":
        return "120", False
    return "130", False
