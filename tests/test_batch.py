import json

from coach.batch import read_records, review_records


def test_jsonl_and_csv_stream_in_order_with_errors(tmp_path):
    jl = tmp_path / "drafts.jsonl"
    jl.write_text(
        "\n".join(
            [
                json.dumps(
                    {"id": "a", "text": "目标：本季度提升客户满意度\n关键结果1：NPS从30提升到45"}
                ),
                json.dumps("O: Delight customers\nKR1: Raise NPS from 30 to 45"),
                "not json",
                json.dumps({"id": "empty", "text": "   "}),
                json.dumps({"objectives": [{"text": "Ship faster", "key_results": []}]}),
            ]
        ),
        encoding="utf-8",
    )
    out = [json.loads(x) for x in review_records(read_records(jl), jobs=1)]
    assert [o["id"] for o in out] == ["a", "2", "3", "empty", "5"]
    assert out[0]["review"]["language"] == "zh"
    assert out[1]["review"]["objectives"][0]["key_results"][0]["text"].startswith("Raise NPS")
    assert out[2]["error"]["code"] == "invalid_structure"
    assert out[2]["error"]["message"] == "line 3: not JSON (Expecting value at column 1)"
    assert out[3]["error"]["code"] == "empty"

    csv_path = tmp_path / "drafts.csv"
    csv_path.write_text('id,text\nx1,"O: Grow revenue\nKR1: Reach $2M ARR"\n', encoding="utf-8")
    out = [json.loads(x) for x in review_records(read_records(csv_path), jobs=2, chunk=1)]
    assert out[0]["id"] == "x1" and "review" in out[0]


def test_cli_batch_writes_jsonl(tmp_path, capsys):
    from coach.cli import main

    jl = tmp_path / "in.jsonl"
    jl.write_text(
        json.dumps({"id": "t1", "text": "O: Ship a faster app\nKR1: p95 latency to 200 ms"})
        + "\n"
        + json.dumps({"id": "t2", "text": ""})
        + "\n",
        encoding="utf-8",
    )
    # exit 1: a record (t2) could not be reviewed; the others are still there
    assert main(["review", "--batch", str(jl), "--jobs", "1"]) == 1
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["id"] for x in lines] == ["t1", "t2"]
    assert "review" in lines[0] and lines[1]["error"]["code"] == "empty"
    assert main(["review", "--batch", str(tmp_path / "missing.jsonl")]) == 2
    # every record reviewed: exit 1 when a draft has an error finding, as `review` does (tester12)
    clean = "Objective: Make every order arrive whole (owner: Ana) by Q3\nKR1: Orders arriving undamaged from 91% to 97%\nKR2: Repeat buyers from 22% to 30%"
    for text, code in ((clean, 0), (clean + "\nKR3: Hire a packer", 1)):
        jl.write_text(json.dumps({"id": "a", "text": text}) + "\n", encoding="utf-8")
        assert main(["review", "--batch", str(jl), "--jobs", "1"]) == code
    assert "error-severity" in capsys.readouterr().err
    assert main(["review", "--batch", str(jl), "--select", "no-such-rule"]) == 2
