// Draws the calibration/holdout chart from the table below it (the CSP forbids inline scripts).
document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('backtest-chart');
    var rows = document.querySelectorAll('#backtest-groups tbody tr');
    var names = document.getElementById('backtest-labels');
    if (!canvas || !window.Chart || rows.length === 0) {
        return;
    }
    var labels = [], predicted = [], actual = [], modified = [];
    rows.forEach(function (row) {
        var values = row.querySelectorAll('[data-value]');
        labels.push(row.querySelector('.group-label').textContent);
        predicted.push(Number(values[0].getAttribute('data-value')));
        actual.push(Number(values[1].getAttribute('data-value')));
        modified.push(Number(values[2].getAttribute('data-value')));
    });
    new window.Chart(canvas, {
        type: 'line',
        data: {
            labels: labels,
            datasets: [
                {label: names.getAttribute('data-predicted'), data: predicted, borderColor: '#c2410c', borderDash: [6, 4]},
                {label: names.getAttribute('data-actual'), data: actual, borderColor: '#1f2a44'},
                {label: names.getAttribute('data-modified'), data: modified, borderColor: '#2563eb', borderDash: [2, 3]}
            ]
        },
        options: {scales: {y: {beginAtZero: true}}}
    });
});
