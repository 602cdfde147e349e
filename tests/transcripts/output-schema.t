# The machine-output schema of docs/output.md: this test fails if a documented key is renamed or dropped.
# (Figures are not checked here; see the bad-*, net-* and batch transcripts.)
$ revalo pay --convention bad --position employe.2.1 --seniority 7 --at 2024-03-01 --format json
~   "profile": {
~   "date": "2024-03-01",
~   "convention": "bad",
~   "position": {"key": "employe.2.1", "label": 
~ "classification": "a43", "inferred": false, "note": 
~   "working_time": 1,
~   "lines": [
~     {"code": "base", "label": "Salaire de base", "kind": "earning", "base": 344, "base_unit": "coefficient", "rate": 5.77, "rate_unit": "EUR/point", "amount": 
~ "source": 
~ "inferred": false, "uncertain": false,
~      "formula": 
~      "sources": [
~ {"param": "bad.a43.coefficient", "from": "2024-01-01", "text": 
~ "url": 
~ "confidence": "H", "inferred": false}
~   "gross": 
~   "status": "prive",
~   "status_note": 
~   "pss": 
~   "net_before_tax": 
~   "net_taxable": 
~   "net_social": 
~   "income_tax": 
~   "net_paid": 
~   "net_social_rule": "mns_2024",
~   "warnings": [
$ revalo compare --convention bad --position employe.2.1 --seniority 7 --before 2024-01-01 --after 2024-03-01 --format json
~   "before": {
~   "after": {
~   "delta": {"gross": 0.00, "gross_pct": 0.00, "net_before_tax": 0.00, "net_taxable": 0.00, "net_social": 0.00, "income_tax": 0.00, "net_paid": 0.00}
$ revalo pay --convention bad --position employe.2.1 --seniority 7 --at 2024-03-01 --format csv
~ date,position,code,label,kind,base,base_unit,rate,rate_unit,amount,flags,source
$ revalo compare --convention bad --position employe.2.1 --seniority 7 --before 2024-01-01 --after 2024-03-01 --format csv
~ code,label,before_date,after_date,before,after,delta
$ printf 'id,position,seniority\nx,employe.2.1,7\n' | revalo batch - --convention bad --at 2024-03-01 --keep id
~ line,id,date,convention,position,status,gross,net_before_tax,net_taxable,net_social,income_tax,net_paid,flags,error
$ printf 'id,old_position,position,seniority\nx,C,employe.2.1,7\n' | revalo batch - --convention bad --measure avenant43 --keep id --format jsonl
~ {"line": 2, "id": "x", "before_date": "2021-09-30", "after_date": "2021-10-01", "position_before": 
~ "position_after": "employe.2.1", "gross_before": 
~ "gross_after": 
~ "delta_gross": 
~ "delta_gross_pct": 
~ "net_before_tax_before": 
~ "net_paid_after": 
~ "delta_net_paid": 
~ "flags": 
~ "error": 
? 0
