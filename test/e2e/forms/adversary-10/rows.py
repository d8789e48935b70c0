# Shared rows for the generated forms (python3 rows.py <template> writes one line per service).
import sys
ROWS = [("PHV voksne, sykehusnivå", "phv_h", "beds.phv_adult_hospital"), ("PHV voksne, DPS", "phv_d", "beds.phv_adult_dps"),
        ("PHBU, i alt", "phbu", "beds.phbu_total"), ("TSB, i alt", "tsb", "beds.tsb_total")]
tpl = open(sys.argv[1]).read()
for i, (l, x, k) in enumerate(ROWS):
    print(tpl.replace("{i}", str(i)).replace("{l}", l).replace("{x}", x).replace("{k}", k), end="")
